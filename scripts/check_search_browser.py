#!/usr/bin/env python3
"""Full-text search in headless Chromium, over HTTP and from file:// (issue 30).

    scripts/check_search_browser.py SITE QUERIES.json

SITE is a built Folio site; QUERIES.json maps a search page (`sv/sok/index.html`) to a list of
[query, expected href fragment] pairs (or triples ending "first": that result must come first). Each query is opened as `?q=` on the search page, both through
a local HTTP server and as a file:// URL; the expected fragment must be in one of the first three
results' links, and the live region must say how many. Exits 1 on any miss. Debian's chromium and
chromium-driver and selenium from PyPI, as scripts/check-site uses them.
"""
import json, os, sys, time, urllib.parse
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_site_browser import start_browser  # noqa: E402
from static_site_server import serve  # noqa: E402


def results(driver, url):
    driver.get(url)
    for _ in range(100):
        status = driver.execute_script("var s = document.getElementById('search-status'); return s && s.textContent")
        if status:
            break
        time.sleep(0.05)
    links = driver.execute_script(
        "return Array.from(document.querySelectorAll('#search-results > li > a')).map(a => a.getAttribute('href'))")
    marks = driver.execute_script("return document.querySelectorAll('#search-results mark').length")
    return status, links, marks


def main(arguments):
    if len(arguments) != 2:
        print(__doc__)
        return 2
    site, queries = os.path.abspath(arguments[0]), json.load(open(arguments[1], encoding="utf-8"))
    httpd, base = serve(site)
    driver = start_browser()
    failed = 0
    try:
        for page, pairs in queries.items():
            for origin in (base, "file://" + site + "/"):
                for query, expected, *rank in pairs:
                    url = origin + page + "?q=" + urllib.parse.quote(query)
                    status, links, marks = results(driver, url)
                    found = any(expected in link for link in links[:1 if rank == ["first"] else 3])
                    print(f"{'ok  ' if found else 'MISS'} {origin[:7]} {page} {query!r}: {status!r} "
                          f"top {links[:3]} ({marks} marks)")
                    failed += 0 if found and marks else 1
    finally:
        driver.quit()
        httpd.shutdown()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
