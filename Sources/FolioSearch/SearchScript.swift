/// The one script Folio writes for readers (issue 30): full-text search on the search page, as
/// progressive enhancement of the subject index. It loads index shards with `<script>` elements, so it
/// works from `file://`; no third-party code. About 3.3 KB gzipped (the limit is 10 KB).
public enum SearchScript {
    public static let source = ##"""
        (function () {
          "use strict";
          var box = document.querySelector("search[data-search-root]");
          if (!box) return;
          var input = box.querySelector("input[name=q]");
          var list = document.getElementById("search-results");
          var status = document.getElementById("search-status");
          if (!input || !list || !status) return;
          var lang = document.documentElement.lang;
          var base = box.getAttribute("data-search-root");
          var folder = base + "_search/" + lang + "/";
          var loaded = {}, manifest = { f: 1, p: 1, d: [0] }, forms = {}, posts = {}, docs = {};
          window.folioSearch = {
            manifest: function (l, m) { if (l === lang) manifest = m; },
            forms: function (l, n, data) { if (l === lang) forms[n] = data; },
            postings: function (l, n, data) { if (l === lang) posts[n] = data; },
            docs: function (l, n, data) { if (l === lang) docs[n] = data; }
          };
          function load(file) {
            if (!loaded[file]) {
              loaded[file] = new Promise(function (done) {
                var s = document.createElement("script");
                s.src = folder + file;
                s.onload = s.onerror = function () { done(); };
                document.head.appendChild(s);
              });
            }
            return loaded[file];
          }
          function fold(word) {
            word = word.toLocaleLowerCase(lang);
            if (lang.indexOf("ro") !== 0) return word.normalize("NFC");
            return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
          }
          function words(text) { return (text.match(/[\p{L}\p{N}]+/gu) || []).map(fold); }
          function bucket(word) { return word.codePointAt(0) % manifest.f; }
          // FNV-1a over UTF-16 code units: the shard FolioSearch put the stem's postings in.
          function hash(stem) {
            var h = 0x811c9dc5;
            for (var i = 0; i < stem.length; i++) h = Math.imul(h ^ stem.charCodeAt(i), 0x01000193);
            return (h >>> 0) % manifest.p;
          }
          // The document shard holding page `d`: the last whose first page is not after it.
          function shardOf(d) {
            var lo = 0, hi = manifest.d.length - 1;
            while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (manifest.d[mid] <= d) lo = mid; else hi = mid - 1; }
            return lo;
          }
          function within1(a, b) {
            var la = a.length, lb = b.length;
            if (Math.abs(la - lb) > 1) return false;
            var i = 0;
            while (i < la && i < lb && a[i] === b[i]) i++;
            if (la === lb) {
              return a.slice(i + 1) === b.slice(i + 1) ||
                (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
            }
            return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
          }
          // The forms a query word stands for: itself, while typing the five shortest longer forms,
          // else forms one typo away from 5 letters (a typo in the first letter too: the shard of
          // the second letter is read as well).
          function expand(word, last) {
            var found = {}, longer = [], near = [], shard = forms[bucket(word)] || {};
            if (shard[word]) found[word] = 3;
            [bucket(word), word.length > 1 ? bucket(word.slice(1)) : -1].forEach(function (n) {
              var t = forms[n];
              if (!t) return;
              for (var form in t) {
                if (form === word) continue;
                if (last && word.length >= 2 && form.indexOf(word) === 0) longer.push(form);
                else if (word.length >= 5 && within1(word, form)) near.push(form);
              }
            });
            var byLength = function (a, b) { return a.length - b.length || (a < b ? -1 : 1); };
            longer.sort(byLength).slice(0, 5).forEach(function (f) { found[f] = 2; });
            if (!Object.keys(found).length) near.sort(byLength).slice(0, 5).forEach(function (f) { found[f] = 1; });
            return found;
          }
          function stemsOf(form) {
            var t = forms[bucket(form)];
            return (t && t[form]) || [];
          }
          // A stem's postings: numbers in five-bit digits (PostingCode), four for each section: the
          // step from the page before, the section, the score and the position of the stem's first word.
          var digit = [], letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
          for (var k = 0; k < 64; k++) digit[letters.charCodeAt(k)] = k;
          function postings(stem) {
            var t = posts[hash(stem)], code = (t && t[stem]) || "", n = [], v = 0, m = 1, out = [], page = 0;
            for (var i = 0; i < code.length; i++) {
              var c = digit[code.charCodeAt(i)];
              if (c >= 32) { v += (c - 32) * m; m *= 32; } else { n.push(v + c * m); v = 0; m = 1; }
            }
            for (var j = 0; j + 3 < n.length; j += 4) { page += n[j]; out.push(page * 4096 + n[j + 1], n[j + 2], n[j + 3]); }
            return out;
          }
          var run = 0;
          function search(query) {
            var mine = ++run, q = words(query);
            if (!q.length) { list.textContent = ""; status.textContent = ""; return; }
            load("m.js").then(function () {
              var files = [];
              q.forEach(function (w) {
                files.push("f" + bucket(w) + ".js");
                if (w.length > 1) files.push("f" + bucket(w.slice(1)) + ".js");
              });
              return Promise.all(files.map(load));
            }).then(function () {
              var expanded = q.map(function (w, i) { return expand(w, i === q.length - 1); });
              var stemFiles = [];
              expanded.forEach(function (found) {
                for (var f in found) {
                  stemsOf(f).forEach(function (s) { stemFiles.push("p" + hash(s) + ".js"); });
                }
              });
              return Promise.all(stemFiles.map(load)).then(function () { return expanded; });
            }).then(function (expanded) {
              if (mine !== run) return;
              var scores = {}, hits = {}, marks = {}, last = {};
              expanded.forEach(function (found, i) {
                var best = {}, at = {};
                for (var f in found) {
                  marks[f] = true;
                  stemsOf(f).forEach(function (s) {
                    marks["\u0000" + s] = true;
                    var p = postings(s);
                    for (var j = 0; j < p.length; j += 3) {
                      var d = p[j], score = p[j + 1] * found[f];
                      if (score > (best[d] || 0)) { best[d] = score; at[d] = p[j + 2]; }
                    }
                  });
                }
                for (var d in best) {
                  // Phrase proximity: a word right after the query's previous word counts double.
                  var near = i > 0 && last[d] !== undefined && at[d] > last[d] && at[d] - last[d] <= 2;
                  scores[d] = (scores[d] || 0) + best[d] * (near ? 2 : 1);
                  hits[d] = (hits[d] || 0) + 1;
                }
                last = at;
              });
              var all = Object.keys(scores).sort(function (a, b) {
                return (hits[b] - hits[a]) || (scores[b] - scores[a]) || (a - b);
              }), ranked = all.slice(0, 10);
              var shards = {};
              ranked.forEach(function (d) { shards[shardOf(Math.floor(d / 4096))] = true; });
              var needed = Object.keys(shards).map(function (n) { return load("d" + n + ".js"); });
              return Promise.all(needed).then(function () {
                if (mine === run) show(ranked, all.length, marks, query);
              });
            });
          }
          function isMarked(word, marks) {
            var w = fold(word);
            return marks[w] || stemsOf(w).some(function (s) { return marks["\u0000" + s]; });
          }
          // `text` from `from` to `to` into `el`, each matched word in a <mark>.
          function highlight(el, text, from, to, marks) {
            var re = /[\p{L}\p{N}]+/gu, m, at = from;
            re.lastIndex = from;
            while ((m = re.exec(text)) && m.index + m[0].length <= to) {
              if (!isMarked(m[0], marks)) continue;
              el.appendChild(document.createTextNode(text.slice(at, m.index)));
              var mark = document.createElement("mark");
              mark.textContent = m[0];
              el.appendChild(mark);
              at = m.index + m[0].length;
            }
            el.appendChild(document.createTextNode(text.slice(at, to)));
          }
          function snippet(text, marks) {
            var p = document.createElement("p"), re = /[\p{L}\p{N}]+/gu, m, start = -1;
            while (start < 0 && (m = re.exec(text))) { if (isMarked(m[0], marks)) start = m.index; }
            var from = Math.max(0, start - 80), to = Math.min(text.length, Math.max(from + 200, start + 120));
            while (from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1])) from--;
            if (from > 0) p.appendChild(document.createTextNode("…"));
            highlight(p, text, from, to, marks);
            if (to < text.length) p.appendChild(document.createTextNode("…"));
            return p;
          }
          function show(ranked, total, marks, query) {
            list.textContent = "";
            ranked.forEach(function (d) {
              var page = Math.floor(d / 4096), n = shardOf(page), doc = (docs[n] || [])[page - manifest.d[n]];
              var section = doc && doc[2][d % 4096];
              if (!section) return;
              var li = document.createElement("li"), a = document.createElement("a");
              a.href = base + doc[0] + (section[0] ? "#" + section[0] : "");
              var label = doc[1] + (section[1] ? " › " + section[1] : "");
              highlight(a, label, 0, label.length, marks);
              li.appendChild(a);
              li.appendChild(snippet(section[2], marks));
              list.appendChild(li);
            });
            status.textContent = (total ? list.getAttribute("data-found") : list.getAttribute("data-none"))
              .replace("{count}", total).replace("{query}", query);
          }
          var timer;
          input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
              var url = new URL(location.href);
              url.searchParams.set("q", input.value);
              try { history.replaceState(null, "", url); } catch (e) { /* file:// may refuse */ }
              search(input.value);
            }, 120);
          });
          var initial = new URLSearchParams(location.search).get("q");
          if (initial) { input.value = initial; search(initial); }
        })();
        """##
}
