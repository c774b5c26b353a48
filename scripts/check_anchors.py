#!/usr/bin/env python3
"""check_anchors.py SITE_DIR PAGE_BASE [ROOT_DIR ROOT_URL]

The anchor half of scripts/check-site's link checks: every link to an #anchor, on every page of a built
site, points at an element of its target page with that id (or an <a name>), as LinkChecker's AnchorCheck
plugin would say. LinkChecker itself runs without that plugin: with it, LinkChecker fetches and parses a
page again for every distinct #anchor linked to it, and the print editions (every chapter in one page,
with a contents list of every heading) made that quadratic: minutes a run, most of check-site's time.
Here each page is parsed once; LinkChecker still checks that every link's target exists.

PAGE_BASE is the address SITE_DIR's pages have: `http://127.0.0.1:8000/docs/` (served; a path ending
in / or naming a folder is that folder's index.html, as scripts/static_site_server.py answers) or
`file:///path/to/site/` (opened from disk: a folder is no page, so it has no anchors to check, as for
LinkChecker). ROOT_DIR and ROOT_URL (default: SITE_DIR and PAGE_BASE) say which folder the server's
root is, for a site built under a sub-path: a link anywhere under ROOT_URL is looked up in ROOT_DIR.
Links to other hosts and to files that are not HTML are not checked; a missing target page is
LinkChecker's to report.

Prints each missing anchor as `PAGE:LINE: link HREF: TARGET has no id 'X'`, then
`check-site: anchors: ...`; exits 1 when one is missing.
"""
import html.parser
import os
import sys
import urllib.parse

LINK_ATTRIBUTES = {"a": "href", "area": "href"}  # the elements whose links carry #anchors (LinkChecker's LinkTags)


class PageParser(html.parser.HTMLParser):
    """One page's ids (and <a name>s), and its links with their lines."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("name"):
            self.ids.add(attributes["name"])
        href = attributes.get(LINK_ATTRIBUTES.get(tag, ""))
        if href and "#" in href:
            self.links.append((href, self.getpos()[0]))

    handle_startendtag = handle_starttag


def parse(path):
    parser = PageParser()
    with open(path, encoding="utf-8", errors="replace") as f:
        parser.feed(f.read())
    parser.close()
    return parser


def target_file(url, root_dir, root_url):
    """The file a same-site URL (without its fragment) is answered with, or None (elsewhere, or no page)."""
    if not url.startswith(root_url):
        return None
    path = os.path.join(root_dir, urllib.parse.unquote(url[len(root_url):]))
    served = root_url.startswith("http")
    if os.path.isdir(path):
        return os.path.join(path, "index.html") if served else None
    return path if os.path.isfile(path) else None


def main(arguments):
    if len(arguments) not in (2, 4):
        print(__doc__)
        return 2
    site_dir, page_base = os.path.abspath(arguments[0]), arguments[1]
    root_dir, root_url = (os.path.abspath(arguments[2]), arguments[3]) if len(arguments) == 4 else (site_dir, page_base)
    pages = {}  # file -> PageParser, each page parsed once
    for folder, dirs, files in os.walk(site_dir):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                pages[path] = parse(path)
    checked = missing = 0
    for path, page in sorted(pages.items()):
        page_url = page_base + urllib.parse.quote(os.path.relpath(path, site_dir))
        for href, line in page.links:
            url, _, fragment = urllib.parse.urljoin(page_url, href).partition("#")
            target = target_file(url, root_dir, root_url)
            if not fragment or target is None or not target.endswith(".html"):
                continue
            if target not in pages:
                pages[target] = parse(target)
            checked += 1
            if fragment not in pages[target].ids and urllib.parse.unquote(fragment) not in pages[target].ids:
                missing += 1
                print(f"{os.path.relpath(path, root_dir)}:{line}: link {href}: "
                      f"{os.path.relpath(target, root_dir)} has no id '{urllib.parse.unquote(fragment)}'")
    print(f"check-site: anchors: {checked} links to #anchors on {len(pages)} pages, missing: {missing}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
