#!/usr/bin/env python3
"""check_site_browser.py SITE_DIR SCREENSHOT_DIR RESULTS_FILE [DOCS_DIR]

The browser half of scripts/check-site: headless Chromium (Debian's chromium + chromium-driver)
driven by Selenium, on SITE_DIR (the playbook) and DOCS_DIR (Folio's manual, when given), each served
over HTTP on 127.0.0.1 by scripts/static_site_server.py (a free port; a static host: a folder without
index.html is a 404), the same server LinkChecker crawls. One browser session audits both sites.

Each page is loaded once and visited in four modes, one emulation change apart (CDP: Emulation.
setEmulatedMedia for the scheme, Emulation.setDeviceMetricsOverride for the width; no reload, no
second browser): light 390 px, dark 390 px, light 1280 px, dark 1280 px. Checks, each written to
RESULTS_FILE as a line `pass NAME` or `fail NAME`:
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
                         1280 px, light and dark, into SCREENSHOT_DIR: taken in the same visit,
                         before the <details> are opened.

The dark scheme changes nothing but colours on these sites (each prefers-color-scheme rule sets colours
only: SCHEME_SETS_COLOURS_ONLY_JS checks it on every page, in every style sheet the page has). So in a dark
mode axe runs only the colour rules (tag cat.color: color-contrast, link-in-text-block) that the light run at
the same width ran, and the other rules' violations are the light run's: the same DOM, laid out the same, gives
them the same answer. color-contrast is four fifths of axe's time, so this saves the rest once per dark mode.
A page whose dark CSS changes anything else (a width, a display, an unknown property) gets the full run in
every mode.

axe-core is the axe.min.js shipped inside PyPI's axe-playwright-python (installed with --no-deps:
only the JS file is used, Playwright is neither installed nor imported). Nothing is fetched at run
time. The setup (pip, apt) is done by scripts/check-site before this runs; this script only reports.

The root index.html is a language choice; with `rootRedirect: true` in site.yml it is also a
0-second <meta http-equiv="refresh"> to the default language. For the browser the server drops
that one element (its drop_refresh mode), so the root page itself is audited rather than the page
it points to.
"""
import base64, concurrent.futures, functools, importlib.util, json, os, shutil, signal, sys, threading, time, urllib.parse

from static_site_server import serve  # scripts/ is on sys.path when this file is run as a script

AXE_PACKAGE = "axe_playwright_python"
SCREENSHOT_PAGES = {  # name -> path per language (home, a long chapter, the metrics chapter)
    "home": {"sv": "sv/index.html", "ro": "ro/index.html"},
    "long-chapter": {"sv": "sv/kanaler-och-bemanning/kanaler-och-svarstider/index.html", "ro": "ro/canale-si-personal/canale-si-timpi-de-raspuns/index.html"},
    "metrics": {"sv": "sv/matning/nyckeltal/index.html", "ro": "ro/masurare/indicatori/index.html"},
}
DOCS_SCREENSHOT_PAGES = {"home": {"en": "en/index.html"}, "charts": {"en": "en/charts/index.html"}}
WIDE, NARROW, HEIGHT = 1280, 390, 900
# The modes a page is visited in, in order: each differs from the one before in one setting, and the
# first is the no-hscroll check's (390 px, <details> closed as loaded).
MODES = (("light", NARROW), ("dark", NARROW), ("light", WIDE), ("dark", WIDE))
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
    # Generous: on a loaded machine axe took over 120 s (Selenium's default wait for the driver's answer)
    # on a print edition, 1 MB with every chapter's charts.
    driver.set_page_load_timeout(300)
    driver.set_script_timeout(600)
    config = getattr(driver.command_executor, "_client_config", None)  # Selenium >= 4.26
    if config is not None:
        config.timeout = 660
    else:
        from selenium.webdriver.remote.remote_connection import RemoteConnection
        RemoteConnection.set_timeout(660)
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


def run_axe(driver, js, rules=None):
    """axe-core on the loaded page: (violations, axe version, the ids of the colour rules that ran), every rule
    axe runs by default, or only RULES; raises if axe itself fails."""
    if not driver.execute_script("return typeof axe !== 'undefined'"):
        driver.execute_script(js)
    res = driver.execute_async_script(
        "const done = arguments[arguments.length - 1], rules = arguments[0];"
        "const colour = new Set(axe.getRules(['cat.color']).map(r => r.ruleId));"
        "axe.run(document, rules ? {runOnly: {type: 'rule', values: rules}, resultTypes: ['violations']}"
        "                        : {resultTypes: ['violations']})"
        ".then(r => done({v: r.violations, version: axe.version, colour: [...new Set("
        "  [r.violations, r.passes, r.incomplete, r.inapplicable].flat().map(x => x.id))].filter(id => colour.has(id))}))"
        ".catch(e => done({error: String(e)}));", rules)
    if "error" in res:
        raise RuntimeError(f"axe error: {res['error']}")
    return res["v"], res["version"], res["colour"]


# True when every rule under a prefers-color-scheme condition (a @media rule, a <link media> or @import
# media, at any depth of nesting) only sets colours: a colour property, or a custom property whose value is
# a colour. Anything else (another property, a rule axe cannot read) answers false.
SCHEME_SETS_COLOURS_ONLY_JS = r"""
const colourProperty = /^(color|background-color|(border|outline|text-decoration|text-emphasis|column-rule|caret|accent)(-(top|right|bottom|left|block|inline)(-(start|end))?)?-color|fill|stroke|stop-color|flood-color|lighting-color|color-scheme)$/;
const scheme = /prefers-color-scheme/;
function declarationsAreColours(style) {
  for (const p of style) {
    const v = style.getPropertyValue(p).trim();
    if (p.startsWith('--') ? !CSS.supports('color', v) : !colourProperty.test(p)) return false;
  }
  return true;
}
function rulesOk(rules, underScheme) {
  for (const r of rules) {
    if (r instanceof CSSImportRule) {
      if (!r.styleSheet || !rulesOk(r.styleSheet.cssRules, underScheme || scheme.test(r.media.mediaText))) return false;
    } else if (r instanceof CSSStyleRule) {
      if (underScheme && !declarationsAreColours(r.style)) return false;
      if (r.cssRules && !rulesOk(r.cssRules, underScheme)) return false;
    } else if (r instanceof CSSMediaRule || r instanceof CSSSupportsRule || r instanceof CSSLayerBlockRule) {
      if (!rulesOk(r.cssRules, underScheme || (r instanceof CSSMediaRule && scheme.test(r.media.mediaText)))) return false;
    } else if (underScheme) {
      return false;
    }
  }
  return true;
}
try {
  return [...document.styleSheets].every(s => rulesOk(s.cssRules, scheme.test(s.media.mediaText)));
} catch (e) {
  return false;
}
"""


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


class Emulation:
    """The browser's emulated scheme and width, changed only when they differ (one CDP call each)."""

    def __init__(self, driver):
        self.driver, self.scheme, self.width = driver, None, None

    def set(self, scheme, width):
        if scheme != self.scheme:
            set_scheme(self.driver, scheme)
            self.scheme = scheme
        if width != self.width:
            set_viewport(self.driver, width)
            self.width = width


def mode_name(scheme, width):
    return f"{scheme} {width}px"


def screenshot_name(label, lang, name, scheme, width):
    return f"{'docs-' if label else ''}{lang}-{name}-{width}{'-dark' if scheme == 'dark' else ''}.png"


def hscroll_problem(driver, page):
    """The no-hscroll check at the current (390 px) width, <details> closed then opened: a message or None.
    Leaves every <details> open, as axe wants them."""
    for state in ("closed", "open"):
        if state == "open":
            driver.execute_script(OPEN_DETAILS_JS)
        r = driver.execute_script(OVERFLOW_JS)
        if r["sw"] > r["vw"]:
            driver.execute_script(OPEN_DETAILS_JS)
            return (f"  FAIL no-hscroll-{NARROW} {page} (<details> {state}): scrollWidth {r['sw']} > "
                    f"innerWidth {r['vw']}; sticking out: {', '.join(r['culprits']) or '?'}")
    return None


class Audit:
    """What the axe runs found: failing counts and time per mode, the notes and the rule legend."""

    def __init__(self):
        self.failing = {mode: 0 for mode in MODES}
        self.seconds = {mode: 0.0 for mode in MODES}  # summed over the browsers
        self.rules = {}   # rule id -> (help, helpUrl), for the legend
        self.notes = {}   # (rule, impact, target, html) -> {pages}, {modes}: non-failing violations, grouped
        self.version = "?"

    def page_failed(self, mode, page, e):
        msg = str(e).strip().splitlines()[0] if str(e).strip() else ""
        print(f"  FAIL a11y {mode_name(*mode)} {page}: {type(e).__name__}: {msg}")
        self.failing[mode] += 1

    def record(self, mode, page, violations):
        for v in violations:
            self.rules[v["id"]] = (v["help"], v["helpUrl"])
            if v["impact"] in FAILING_IMPACTS:
                self.failing[mode] += 1
                for n in v["nodes"]:
                    print(f"  FAIL a11y {mode_name(*mode)} {page}: {v['id']} ({v['impact']}) {target_text(n)}  "
                          f"{html_text(n)}")
            else:
                for n in v["nodes"]:
                    pg, md = self.notes.setdefault((v["id"], v["impact"], target_text(n), html_text(n)),
                                                   (set(), set()))
                    pg.add(page)
                    md.add(mode_name(*mode))

    def report(self, page_count):
        for mode in MODES:
            print(f"check-site: axe-core {self.version}, {mode[0]}, {mode[1]} px: {page_count} pages, "
                  f"{self.failing[mode]} serious/critical violation(s) (per page and rule) "
                  f"({self.seconds[mode]:.1f} s of axe, summed over the browsers)")
        for (rule, impact, target, html), (pg, md) in sorted(self.notes.items()):
            shown = ", ".join(sorted(pg)[:3]) + (f" and {len(pg) - 3} more" if len(pg) > 3 else "")
            print(f"  note a11y ({', '.join(sorted(md))}): {rule} ({impact}) {target}  {html}  "
                  f"on {len(pg)} page(s): {shown}")
        for rule, (help_, help_url) in sorted(self.rules.items()):
            print(f"  rule {rule}: {help_} ({help_url})")

    def passes(self, scheme):
        return all(count == 0 for (s, _), count in self.failing.items() if s == scheme)


def take_screenshots(driver, emulation, shots, page_shots, lines):
    """Every mode's screenshot of the loaded page (<details> as loaded); returns (written, missing)."""
    written = missing = 0
    for scheme, width in MODES:
        out = os.path.join(shots, page_shots(scheme, width))
        try:
            emulation.width = None  # set again: a capture beyond the viewport may have resized it
            emulation.set(scheme, width)
            ok = screenshot(driver, out, width)
        except Exception as e:
            lines.append(f"  FAIL screenshot {out}: {type(e).__name__}: {e}")
            ok = False
        written += ok
        missing += not ok
    return written, missing


class Visit:
    """What one page's visit found, merged into the report in page order whichever browser made it."""

    def __init__(self, page):
        self.page, self.lines, self.hscroll, self.written, self.missing = page, [], 0, 0, 0
        self.axe = {}      # mode -> violations, or the exception that stopped axe
        self.seconds = {}  # mode -> seconds axe took
        self.version = None


def visit(driver, emulation, js, page, url, shots, page_shots):
    """Loads the page once and checks it in every mode."""
    found = Visit(page)
    emulation.set(*MODES[0])
    try:
        load(driver, url)
    except Exception as e:  # a page that cannot be loaded fails every mode's audit (and its screenshots)
        found.axe = {mode: e for mode in MODES}
        found.missing = len(MODES) if page_shots else 0
        return found
    if page_shots:
        found.written, found.missing = take_screenshots(driver, emulation, shots, page_shots, found.lines)
        emulation.width = None
        emulation.set(*MODES[0])
    try:
        problem = hscroll_problem(driver, page)
    except Exception as e:
        problem = f"  FAIL no-hscroll-{NARROW} {page}: {type(e).__name__}: {e}"
    if problem:
        found.lines.append(problem)
        found.hscroll = 1
    try:
        colours_only = driver.execute_script(SCHEME_SETS_COLOURS_ONLY_JS) is True
    except Exception:
        colours_only = False
    light = {}  # width -> (violations, colour rules that ran) of the light run
    for mode in MODES:
        scheme, width = mode
        t0 = time.time()
        try:
            emulation.set(*mode)
            if scheme == "dark" and colours_only and width in light:
                before, colour_rules = light[width]
                violations, found.version, _ = run_axe(driver, js, colour_rules) if colour_rules else ([], found.version, [])
                found.axe[mode] = [v for v in before if v["id"] not in colour_rules] + violations
            else:
                found.axe[mode], found.version, colour_rules = run_axe(driver, js)
                if scheme == "light":
                    light[width] = (found.axe[mode], colour_rules)
        except Exception as e:
            found.axe[mode] = e
        found.seconds[mode] = time.time() - t0
    return found


class Browsers:
    """One headless Chromium per worker thread, started on first use; all quit at the end."""

    def __init__(self):
        self.local, self.lock, self.started, self.closed = threading.local(), threading.Lock(), [], False

    def get(self):
        if not hasattr(self.local, "emulation"):
            with self.lock:  # started under the lock, so quit() never misses one
                if self.closed:
                    raise RuntimeError("the browsers were stopped")
                driver = start_browser()
                self.started.append(driver)
            self.local.emulation = Emulation(driver)
        return self.local.emulation

    def quit(self):
        with self.lock:
            self.closed = True
            for driver in self.started:
                try:
                    driver.quit()
                except Exception:
                    pass


def browser_count():
    """CHECK_SITE_BROWSERS, or one browser per core (at most 4): axe runs one page at a time per browser."""
    try:
        return max(1, int(os.environ.get("CHECK_SITE_BROWSERS", "")))
    except ValueError:
        return max(1, min(4, os.cpu_count() or 1))


def main():
    if len(sys.argv) not in (4, 5):
        print(__doc__)
        sys.exit(2)
    root, shots, results = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3]
    js = axe_source()
    # (name shown in reports, folder, screenshot pages): the playbook, then the manual
    sites = [("", root, SCREENSHOT_PAGES)]
    if len(sys.argv) == 5:
        sites.append(("docs/", os.path.abspath(sys.argv[4]), DOCS_SCREENSHOT_PAGES))
    servers, site_pages, shot_pages, sizes = [], [], {}, {}
    for label, folder, named in sites:
        httpd, base = serve(folder, drop_refresh=True)
        servers.append(httpd)
        for p in pages(folder):
            site_pages.append((label + p, base + urllib.parse.quote(p)))
            sizes[label + p] = os.path.getsize(os.path.join(folder, p))
        for name, langs in named.items():
            for lang, p in langs.items():
                shot_pages[label + p] = functools.partial(screenshot_name, label, lang, name)
    os.makedirs(shots, exist_ok=True)
    audit, hscroll, written, missing = Audit(), 0, 0, 0
    known = {page for page, _ in site_pages}
    for page in sorted(set(shot_pages) - known):  # a screenshot page the build did not write
        print(f"  FAIL screenshot {page}: FileNotFoundError: not in the built site")
        missing += len(MODES)
    # the largest pages (the print editions) first, so no browser is left with one at the end
    queue = sorted(site_pages, key=lambda entry: -sizes[entry[0]])
    browsers, workers, t0 = Browsers(), min(browser_count(), len(queue)) or 1, time.time()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers)
    signal.signal(signal.SIGTERM, interrupted)  # check-site stops its jobs so: quit the browsers too
    try:
        visits = {v.page: v for v in pool.map(
            lambda entry: visit_with(browsers, js, entry, shots, shot_pages.get(entry[0])), queue)}
    finally:
        browsers.quit()  # first: on an interrupt the workers' calls then fail at once
        pool.shutdown(wait=True, cancel_futures=True)
        for httpd in servers:
            httpd.shutdown()
    for page, _ in site_pages:  # the report in page order
        found = visits[page]
        for line in found.lines:
            print(line)
        hscroll, written, missing = hscroll + found.hscroll, written + found.written, missing + found.missing
        audit.version = found.version or audit.version
        for mode in MODES:
            result = found.axe[mode]
            audit.seconds[mode] += found.seconds.get(mode, 0)
            if isinstance(result, Exception):
                audit.page_failed(mode, page, result)
            else:
                audit.record(mode, page, result)
    audit.report(len(site_pages))
    print(f"check-site: sideways scrolling at {NARROW} px: {hscroll} of {len(site_pages)} pages")
    print(f"check-site: {written} screenshots in {shots}, {missing} missing")
    print(f"check-site: browser: {len(site_pages)} pages, each loaded once and checked in {len(MODES)} modes, "
          f"{workers} browser(s) side by side ({time.time() - t0:.1f} s)")
    outcome = {"a11y-light": audit.passes("light"), "a11y-dark": audit.passes("dark"),
               f"no-hscroll-{NARROW}": hscroll == 0, "screenshots": missing == 0}
    with open(results, "w") as f:
        for name, ok in outcome.items():
            f.write(f"{'pass' if ok else 'fail'} {name}\n")


def interrupted(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")


def visit_with(browsers, js, entry, shots, page_shots):
    page, url = entry
    try:
        emulation = browsers.get()
    except Exception as e:  # no browser for this worker: the page fails every mode
        found = Visit(page)
        found.axe = {mode: e for mode in MODES}
        found.missing = len(MODES) if page_shots else 0
        return found
    return visit(emulation.driver, emulation, js, page, url, shots, page_shots)


if __name__ == "__main__":
    main()
