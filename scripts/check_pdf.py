"""The PDF half of the quality gate (scripts/check-pdf): prints the bundled playbook twice with
`folio pdf` and holds each language's PDF to the print edition it came from.

Checks, each one line `pass NAME` or `fail NAME` in RESULTS:
  pdf-print            `folio pdf` succeeds and writes one PDF per language
  chapters-LANG        pdftotext finds every chapter title of the edition (its <h2>s)
  kpi-LANG             pdftotext finds the edition's first KPI value (e.g. 87,4 %)
  metadata-LANG        pdfinfo: Title is the page's <title>, Author its <meta name="author"> (none without),
                       the PDF is tagged, /Lang is LANG, paper A4
  pages-stable         the page count of each PDF is the same on a second run
  bytes-identical      the two runs' PDFs are byte-identical (dates from the content, ids renumbered)
  pages-rendered       pdftoppm renders the first page and a chart page of each PDF to SHOTS/pdf-*.png
  each-folder          `folio pdf --each sv/lag/` on Tests/Fixtures/data-pages-site writes one PDF per page
                       generated in the folder, beside it, and no edition PDF; each holds its page's <h1>,
                       its data tables open (no "Visa data" toggle) and no "Ladda ned data" link (issue 34)
  each-unknown-page    `folio pdf sv/lag/goteborj/` exits non-zero with the error at the template's file and
                       line and a did-you-mean, and writes no PDF
Usage: check_pdf.py FOLIO_BINARY WORK_FOLDER SHOTS_FOLDER RESULTS_FILE
"""
import html
import os
import re
import subprocess
import sys

folio, work, shots, results_path = sys.argv[1:5]
results = []


def record(name, ok, detail=""):
    results.append(("pass " if ok else "fail ") + name)
    print(f"check-pdf: {'PASS' if ok else 'FAIL'} {name}" + (f": {detail}" if detail and not ok else ""))


def run(*command):
    return subprocess.run(command, capture_output=True, text=True)


def text_of(pdf, first=None, last=None):
    args = ["pdftotext", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first), "-l", str(last)]
    out = run(*args, pdf, "-").stdout
    return " ".join(out.split())


def plain(fragment):
    fragment = re.sub(r'<span class="print-number">[^<]*</span>', "", fragment)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def pdf_info(pdf):
    info = {}
    for line in run("pdfinfo", pdf).stdout.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def editions(site):
    """(lang, page HTML path, PDF path) for each PDF folio wrote."""
    found = []
    for lang in sorted(os.listdir(site)):
        folder = os.path.join(site, lang)
        if not os.path.isdir(folder):
            continue
        pdfs = [name for name in os.listdir(folder) if name.endswith(".pdf")]
        pages = [name for name in os.listdir(folder)
                 if os.path.exists(os.path.join(folder, name, "index.html"))
                 and 'class="print-edition' in open(os.path.join(folder, name, "index.html"), encoding="utf-8").read()]
        if pdfs and pages:
            found.append((lang, os.path.join(folder, pages[0], "index.html"), os.path.join(folder, pdfs[0])))
    return found


runs = []
for name in ("a", "b"):
    site = os.path.join(work, name)
    done = run(folio, "pdf", "--source", ".", "--output", site)
    print(done.stdout.strip())
    if done.returncode != 0:
        print(done.stderr)
    runs.append((done.returncode == 0, editions(site)))
ok_a, first = runs[0]
ok_b, second = runs[1]
record("pdf-print", ok_a and ok_b and len(first) >= 1 and len(first) == len(second),
       f"{len(first)} and {len(second)} PDFs")

os.makedirs(shots, exist_ok=True)
rendered_ok = bool(first)
for lang, page, pdf in first:
    source = open(page, encoding="utf-8").read()
    text = text_of(pdf)
    titles = [plain(m) for m in re.findall(r'<section class="print-chapter"[^>]*>\s*<h2[^>]*>(.*?)</h2>', source, re.S)]
    missing = [title for title in titles if title not in text]
    record(f"chapters-{lang}", bool(titles) and not missing, f"{len(titles)} chapters, missing {missing}")
    kpi = re.search(r'class="kpi-value"[^>]*>(.*?)</', source, re.S)
    value = plain(kpi.group(1)) if kpi else ""
    # pdftotext writes U+00A0 as a plain space; compare both ways.
    record(f"kpi-{lang}", bool(value) and (value in text or value.replace("\u00a0", " ") in text),
           f"KPI value {value!r} not in the PDF's text")
    info = pdf_info(pdf)
    title = plain(re.search(r"<title>(.*?)</title>", source, re.S).group(1))
    with open(pdf, "rb") as handle:
        lang_ok = f"/Lang ({lang})".encode() in handle.read()
    author = re.search(r'<meta name="author" content="([^"]*)">', source)
    author_ok = info.get("Author") == html.unescape(author.group(1)) if author else "Author" not in info
    record(f"metadata-{lang}",
           info.get("Title") == title and info.get("Tagged") == "yes" and lang_ok and author_ok
           and "(A4)" in info.get("Page size", ""),
           f"Title {info.get('Title')!r} (page: {title!r}), Author {info.get('Author')!r}, Tagged {info.get('Tagged')}, "
           f"/Lang {lang_ok}, {info.get('Page size')}")
    # The first page, and the first page that shows a chart (its title is the SVG's <title>).
    chart_title = re.search(r'<svg[^>]*class="chart-svg"[^>]*>\s*<title[^>]*>(.*?)</title>', source, re.S)
    chart_page = None
    if chart_title:
        wanted = plain(chart_title.group(1))
        for number in range(1, int(info.get("Pages", "0")) + 1):
            if wanted in text_of(pdf, number, number):
                chart_page = number
                break
    for label, number in (("p1", 1), ("chart", chart_page)):
        if not number:
            rendered_ok = False
            print(f"check-pdf: no page of {pdf} shows a chart")
            continue
        stem = os.path.join(shots, f"pdf-{lang}-{label}")
        run("pdftoppm", "-png", "-r", "60", "-singlefile", "-f", str(number), "-l", str(number), pdf, stem)
        png = stem + ".png"
        rendered_ok = rendered_ok and os.path.exists(png) and os.path.getsize(png) > 2000
        print(f"check-pdf: {png} (page {number})")

pairs = list(zip(first, second))
counts = [(pdf_info(a).get("Pages"), pdf_info(b).get("Pages")) for (_, _, a), (_, _, b) in pairs]
record("pages-stable", bool(pairs) and all(x == y and x for x, y in counts), f"page counts {counts}")
# Chromium writes links to the site's own files (a chart's CSV) as file:// addresses of the folder
# it printed from; the two runs print from folders whose names differ only in their last letter
# (same length), so each PDF's folder is replaced by one placeholder before comparing the bytes.
def normalised(pdf, site):
    path = os.path.abspath(site).encode()
    return open(pdf, "rb").read().replace(path, b"#" * len(path))


same = [normalised(a, os.path.join(work, "a")) == normalised(b, os.path.join(work, "b"))
        for (_, _, a), (_, _, b) in pairs]
record("bytes-identical", bool(pairs) and all(same), f"identical apart from the site folder's path: {same}")
record("pages-rendered", rendered_ok)

# Pages from data (issue 29): a PDF per generated page of a folder, and an unknown page refused.
fixture = os.path.join("Tests", "Fixtures", "data-pages-site")
each_site = os.path.join(work, "each")
done = run(folio, "pdf", "--source", fixture, "--output", each_site, "--each", "sv/lag/")
print(done.stdout.strip())
folder = os.path.join(each_site, "sv", "lag")
teams = sorted(name for name in os.listdir(folder) if os.path.isfile(os.path.join(folder, name, "index.html"))) \
    if os.path.isdir(folder) else []
problems = [] if done.returncode == 0 else [f"exit {done.returncode}: {done.stderr.strip()}"]
for team in teams:
    pdf = os.path.join(folder, team, team + ".pdf")
    if not os.path.exists(pdf):
        problems.append(f"no {pdf}")
        continue
    heading = plain(re.search(r"<h1[^>]*>(.*?)</h1>", open(os.path.join(folder, team, "index.html"),
                                                         encoding="utf-8").read(), re.S).group(1))
    text = text_of(pdf)
    if heading not in text:
        problems.append(f"{pdf} lacks its heading {heading!r}")
    if "Visa data" in text or "Ladda ned data" in text:
        problems.append(f"{pdf} shows a data toggle or a download link")
editions_written = [name for name in os.listdir(os.path.join(each_site, "sv")) if name.endswith(".pdf")] \
    if os.path.isdir(os.path.join(each_site, "sv")) else []
record("each-folder", len(teams) == 3 and not problems and not editions_written,
       f"{len(teams)} team pages, editions {editions_written}, {problems}")
bad_site = os.path.join(work, "unknown")
bad = run(folio, "pdf", "--source", fixture, "--output", bad_site, "sv/lag/goteborj/")
written = [name for _, _, names in os.walk(bad_site) for name in names if name.endswith(".pdf")]
record("each-unknown-page",
       bad.returncode != 0 and re.search(r"content/sv/lag/\[team\]\.md:\d+:\d+: error: no page 'sv/lag/goteborj/'",
                                         bad.stderr) is not None
       and "did you mean 'sv/lag/goteborg/'" in bad.stderr and not written,
       f"exit {bad.returncode}, PDFs {written}, stderr {bad.stderr.strip()!r}")
with open(results_path, "w") as handle:
    handle.write("\n".join(results) + "\n")
