/// The one script Folio writes for readers (issue 30): full-text search on the search page, as
/// progressive enhancement of the subject index. It loads index shards with `<script>` elements, so it
/// works from `file://`; no third-party code. About 2.5 KB gzipped (the limit is 10 KB).
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
          var loaded = {}, terms = {}, docs = {};
          window.folioSearch = {
            terms: function (l, key, data) { if (l === lang) terms[key] = data; },
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
          function key(word) { return word.codePointAt(0).toString(16); }
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
          // The forms a query word stands for: itself, longer forms while typing, one typo from 5 letters.
          function expand(word, last) {
            var found = {}, any = false, shard = terms[key(word)];
            if (shard && shard.f[word]) { found[word] = 3; any = true; }
            [key(word), word.length > 1 ? key(word.slice(1)) : null].forEach(function (k) {
              var t = k && terms[k];
              if (!t) return;
              for (var form in t.f) {
                if (found[form]) continue;
                if (last && word.length >= 2 && form.indexOf(word) === 0) { found[form] = 2; any = true; }
                else if (!any && word.length >= 5 && within1(word, form)) found[form] = 1;
              }
            });
            return found;
          }
          function stemsOf(form) {
            var t = terms[key(form)];
            return (t && t.f[form]) || [];
          }
          function postings(stem) {
            var t = terms[key(fold(stem))];
            return (t && t.p[stem]) || [];
          }
          var run = 0;
          function search(query) {
            var mine = ++run, q = words(query);
            if (!q.length) { list.textContent = ""; status.textContent = ""; return; }
            var files = [];
            q.forEach(function (w) {
              files.push("t-" + key(w) + ".js");
              if (w.length > 1) files.push("t-" + key(w.slice(1)) + ".js");
            });
            Promise.all(files.map(load)).then(function () {
              var expanded = q.map(function (w, i) { return expand(w, i === q.length - 1); });
              var stemFiles = [];
              expanded.forEach(function (forms) {
                for (var f in forms) {
                  stemsOf(f).forEach(function (s) { stemFiles.push("t-" + key(fold(s)) + ".js"); });
                }
              });
              return Promise.all(stemFiles.map(load)).then(function () { return expanded; });
            }).then(function (expanded) {
              if (mine !== run) return;
              var scores = {}, hits = {}, marks = {};
              expanded.forEach(function (forms, i) {
                var best = {};
                for (var f in forms) {
                  marks[f] = true;
                  stemsOf(f).forEach(function (s) {
                    marks["\u0000" + s] = true;
                    var p = postings(s);
                    for (var j = 0; j < p.length; j += 2) best[p[j]] = Math.max(best[p[j]] || 0, p[j + 1] * forms[f]);
                  });
                }
                for (var d in best) { scores[d] = (scores[d] || 0) + best[d]; hits[d] = (hits[d] || 0) + 1; }
              });
              var all = Object.keys(scores).sort(function (a, b) {
                return (hits[b] - hits[a]) || (scores[b] - scores[a]) || (a - b);
              }), ranked = all.slice(0, 20);
              var shards = {};
              ranked.forEach(function (d) { shards[Math.floor(d / 100)] = true; });
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
              var doc = (docs[Math.floor(d / 100)] || [])[d % 100];
              if (!doc) return;
              var li = document.createElement("li"), a = document.createElement("a");
              a.href = base + doc[0];
              var label = doc[1] + (doc[2] ? " › " + doc[2] : "");
              highlight(a, label, 0, label.length, marks);
              li.appendChild(a);
              li.appendChild(snippet(doc[3], marks));
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
