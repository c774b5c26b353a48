#!/usr/bin/env python3
"""check_site_browser.py SITE_DIR SCREENSHOT_DIR RESULTS_FILE [DOCS_DIR]

The browser half of scripts/check-site: headless Chromium (Debian's chromium + chromium-driver)
driven by Selenium, on SITE_DIR (the playbook) and DOCS_DIR (Folio's manual, when given), each served
over HTTP on 127.0.0.1 by scripts/static_site_server.py (a free port; a static host: a folder without
index.html is a 404), the same server LinkChecker crawls. One browser session audits both sites.

Checks, each written to RESULTS_FILE as a line `pass NAME` or `fail NAME`:
  a11y-light, a11y-dark  axe-core on every page at 1280 and at 390 px, prefers-color-scheme light /
                         dark (Emulation.setEmulatedMedia), with every <details> opened so the chart
                         data tables are audited too: no violation of impact serious or critical.
                         Each failing element is printed as `FAIL a11y MODE PAGE: RULE (IMPACT)
                         TARGET HTML`; minor and moderate ones are grouped into `note` lines and do
                         not fail the check; a legend maps rule ids to axe's help text and URL.
  no-hscroll-390         every page at a 390 px wide viewport, <details> closed and opened:
                         document.documentElement.scrollWidth <= window.innerWidth; the outermost
                         elements sticking out are printed.
  screenshots            full-page PNGs of the home, a long chapter and the metrics chapter in both
                         languages, and of the manual's home and charts page (docs-en-…), 390 and
                         1280 px, light and dark, into SCREENSHOT_DIR.

axe-core is the axe.min.js shipped inside PyPI's axe-playwright-python (installed with --no-deps:
only the JS file is used, Playwright is neither installed nor imported). Nothing is fetched at run
time. The setup (pip, apt) is done by scripts/check-site before this runs; this script only reports.

The root index.html is a language choice; with `rootRedirect: true` in site.yml it is also a
0-second <meta http-equiv="refresh"> to the default language. For the browser the server drops
that one element (its drop_refresh mode), so the root page itself is audited rather than the page
it points to.
"""
import base64, importlib.util, json, os, shutil, sys, time, urllib.parse

from static_site_server import serve  # scripts/ is on sys.path when this file is run as a script

AXE_PACKAGE = "axe_playwright_python"
SCREENSHOT_PAGES = {  # name -> path per language (home, a long chapter, the metrics chapter)
    "home": {"sv": "sv/index.html", "ro": "ro/index.html"},
    "long-chapter": {"sv": "sv/kanaler-och-bemanning/kanaler-och-svarstider/index.html", "ro": "ro/canale-si-personal/canale-si-timpi-de-raspuns/index.html"},
    "metrics": {"sv": "sv/matning/nyckeltal/index.html", "ro": "ro/masurare/indicatori/index.html"},
}
DOCS_SCREENSHOT_PAGES = {"home": {"en": "en/index.html"}, "charts": {"en": "en/charts/index.html"}}
WIDE, NARROW, HEIGHT = 1280, 390, 900
FAILING_IMPACTS = ("serious", "critical")


def pages(root):
    out = []
    for d, dirs, files in os.walk(root):
        dirs.sort()
        out += [os.path.relpath(os.path.join(d, f), root) for f in files if f.endswith(".html")]
    return sorted(out)


def axe_source():
    spec = importlib.util.find_spec(AXE_PACKAGE)  # locates the package without importing it (and Playwright)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"check-site: PyPI package axe-playwright-python is not installed")
    path = os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js")
    with open(path, encoding="utf-8") as f:
        return f.read()


def start_browser():
    # Selenium Manager must not look for or download a driver or browser: both are given explicitly
    os.environ.setdefault("SE_OFFLINE", "true")
    os.environ.setdefault("SE_AVOID_STATS", "true")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--hide-scrollbars", "--no-first-run", "--disable-extensions",
                 f"--window-size={WIDE},{HEIGHT}"):
        opts.add_argument(flag)
    opts.binary_location = shutil.which("chromium")
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=opts)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


def set_viewport(driver, width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})


def set_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def load(driver, url):
    driver.get(url)
    driver.execute_async_script("const done = arguments[arguments.length - 1];"
                                "(document.fonts ? document.fonts.ready : Promise.resolve()).then(() => done())")
    if driver.current_url.split("#")[0] != url:
        raise RuntimeError(f"{url} navigated to {driver.current_url}")


def run_axe(driver, js):
    """axe-core on the loaded page: (violations, axe version); raises if axe itself fails."""
    if not driver.execute_script("return typeof axe !== 'undefined'"):
        driver.execute_script(js)
    res = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']})"
        ".then(r => done({v: r.violations, version: axe.version}))"
        ".catch(e => done({error: String(e)}));")
    if "error" in res:
        raise RuntimeError(f"axe error: {res['error']}")
    return res["v"], res["version"]


def target_text(node):
    return " ".join(t if isinstance(t, str) else json.dumps(t, ensure_ascii=False) for t in node["target"])


def html_text(node):
    return " ".join(node["html"].split())[:140]


OPEN_DETAILS_JS = "let n = 0; for (const d of document.querySelectorAll('details:not([open])')) { d.open = true; n++; } return n;"


OVERFLOW_JS = """
const vw = window.innerWidth, sw = document.documentElement.scrollWidth;
const culprits = [];
if (sw > vw) {
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.right > vw + 0.5 && r.width > 0) {
      // report the outermost overflowing elements only
      let p = el.parentElement, nested = false;
      while (p && p !== document.body) { const pr = p.getBoundingClientRect(); if (pr.right > vw + 0.5) { nested = true; break; } p = p.parentElement; }
      if (!nested) culprits.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
        (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
        ' right=' + Math.round(r.right) + 'px');
      if (culprits.length >= 8) break;
    }
  }
}
return {vw: vw, sw: sw, culprits: culprits};
"""


def screenshot(driver, path, width):
    h = driver.execute_script(
        "const e = document.documentElement;"
        "return Math.ceil(Math.max(e.scrollHeight, document.body ? document.body.scrollHeight : 0))")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": h, "scale": 1}})
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    return os.path.getsize(path) > 0


def main():
    if len(sys.argv) not in (4, 5):
        print(__doc__)
        sys.exit(2)
    root, shots, results = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3]
    js = axe_source()
    # (name shown in reports, folder, pages, base URL, screenshot pages): the playbook, then the manual
    sites = [("", root, SCREENSHOT_PAGES)]
    if len(sys.argv) == 5:
        sites.append(("docs/", os.path.abspath(sys.argv[4]), DOCS_SCREENSHOT_PAGES))
    servers, site_pages = [], []
    for label, folder, _ in sites:
        httpd, base = serve(folder, drop_refresh=True)
        servers.append(httpd)
        site_pages += [(label + p, base + urllib.parse.quote(p)) for p in pages(folder)]
    all_pages = [label for label, _ in site_pages]
    url = dict(site_pages).__getitem__
    outcome = {}
    rules = {}   # rule id -> (help, helpUrl), for the legend
    notes = {}   # (rule, impact, target, html) -> {pages}, {modes}: non-failing violations, grouped
    driver = start_browser()
    try:
        # 1. axe-core on every page, light and dark, at 1280 and 390 px, with every <details> opened
        #    (chart data tables live in them); 2. at 390 px, before and after opening the <details>,
        #    check that the page does not scroll sideways
        hscroll = 0
        for scheme in ("light", "dark"):
            set_scheme(driver, scheme)
            failing, version = 0, "?"
            for width in (WIDE, NARROW):
                t0, failing_here, mode = time.time(), 0, f"{scheme} {width}px"
                set_viewport(driver, width)
                for p in all_pages:
                    try:
                        load(driver, url(p))
                        check_scroll = scheme == "light" and width == NARROW
                        for state in ("closed", "open"):
                            if state == "open":
                                driver.execute_script(OPEN_DETAILS_JS)
                            r = driver.execute_script(OVERFLOW_JS) if check_scroll else {"sw": 0, "vw": 0}
                            if r["sw"] > r["vw"]:
                                hscroll += 1
                                print(f"  FAIL no-hscroll-{NARROW} {p} (<details> {state}): scrollWidth {r['sw']} > "
                                      f"innerWidth {r['vw']}; sticking out: {', '.join(r['culprits']) or '?'}")
                                break
                        violations, version = run_axe(driver, js)
                    except Exception as e:  # a page that cannot be loaded or audited fails the check
                        msg = str(e).strip().splitlines()[0] if str(e).strip() else ""
                        print(f"  FAIL a11y {mode} {p}: {type(e).__name__}: {msg}")
                        failing_here += 1
                        continue
                    for v in violations:
                        rules[v["id"]] = (v["help"], v["helpUrl"])
                        if v["impact"] in FAILING_IMPACTS:
                            failing_here += 1
                            for n in v["nodes"]:
                                print(f"  FAIL a11y {mode} {p}: {v['id']} ({v['impact']}) {target_text(n)}  "
                                      f"{html_text(n)}")
                        else:
                            for n in v["nodes"]:
                                key = (v["id"], v["impact"], target_text(n), html_text(n))
                                pg, md = notes.setdefault(key, (set(), set()))
                                pg.add(p)
                                md.add(mode)
                failing += failing_here
                print(f"check-site: axe-core {version}, {scheme}, {width} px: {len(all_pages)} pages, "
                      f"{failing_here} serious/critical violation(s) (per page and rule) ({time.time() - t0:.1f} s)")
                if scheme == "light" and width == NARROW:
                    print(f"check-site: sideways scrolling at {NARROW} px: {hscroll} of {len(all_pages)} pages")
            outcome[f"a11y-{scheme}"] = failing == 0
        outcome[f"no-hscroll-{NARROW}"] = hscroll == 0
        for (rule, impact, target, html), (pg, md) in sorted(notes.items()):
            shown = ", ".join(sorted(pg)[:3]) + (f" and {len(pg) - 3} more" if len(pg) > 3 else "")
            print(f"  note a11y ({', '.join(sorted(md))}): {rule} ({impact}) {target}  {html}  "
                  f"on {len(pg)} page(s): {shown}")
        for rule, (help_, help_url) in sorted(rules.items()):
            print(f"  rule {rule}: {help_} ({help_url})")

        # 3. screenshots, <details> as the reader first sees them (closed)
        t0, written, missing = time.time(), 0, 0
        os.makedirs(shots, exist_ok=True)
        shot_pages = [(label, folder, name, lang, p) for label, folder, named in sites
                      for name, langs in named.items() for lang, p in langs.items()]
        for scheme in ("light", "dark"):
            set_scheme(driver, scheme)
            for width in (NARROW, WIDE):
                set_viewport(driver, width)
                for label, folder, name, lang, p in shot_pages:
                    prefix = "docs-" if label else ""
                    out = os.path.join(shots, f"{prefix}{lang}-{name}-{width}{'-dark' if scheme == 'dark' else ''}.png")
                    try:
                        if not os.path.isfile(os.path.join(folder, p)):
                            raise FileNotFoundError(p)
                        load(driver, url(label + p))
                        ok = screenshot(driver, out, width)
                    except Exception as e:
                        print(f"  FAIL screenshot {out}: {type(e).__name__}: {e}")
                        ok = False
                    written += ok
                    missing += not ok
        outcome["screenshots"] = missing == 0
        print(f"check-site: {written} screenshots in {shots}, {missing} missing ({time.time() - t0:.1f} s)")
    finally:
        driver.quit()
        for httpd in servers:
            httpd.shutdown()
    with open(results, "w") as f:
        for name, ok in outcome.items():
            f.write(f"{'pass' if ok else 'fail'} {name}\n")


if __name__ == "__main__":
    main()
