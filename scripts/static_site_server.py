#!/usr/bin/env python3
"""static_site_server.py ROOT PORT_FILE [--drop-refresh]

The one static file server of scripts/check-site: LinkChecker crawls it (run as this command) and
scripts/check_site_browser.py points Chromium at it (imported: `serve(root, drop_refresh=True)`).
Standard library only; listens on 127.0.0.1, on a free port.

It acts like a static host: a folder without index.html is a 404, not a listing. Every answer carries
a `LinkChecker` header: LinkChecker then lifts its per-host politeness delay (0.1-0.6 s per request
otherwise, about a minute for the playbook) down to 1/maxrequestspersecond.

With --drop-refresh (the browser checks), the <meta http-equiv="refresh"> element is removed from
HTML pages, so the root index.html, a 0-second redirect to the default language, is audited itself
rather than the page it points to (vnu checks the real markup; axe's meta-refresh rule passes
0-second refreshes).

As a command it writes the port to PORT_FILE (atomically, once it listens) and serves until killed.
"""
import functools
import http.server
import os
import re
import sys
import threading

REFRESH = re.compile(rb'<meta\s+http-equiv=["\']?refresh["\']?[^>]*>', re.I)


class StaticSiteHandler(http.server.SimpleHTTPRequestHandler):
    drop_refresh = False

    def list_directory(self, path):
        self.send_error(404, "No index.html in this folder")

    def end_headers(self):
        self.send_header("LinkChecker", "local")
        super().end_headers()

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.translate_path(self.path)
        if self.drop_refresh and path.endswith(".html") and os.path.isfile(path):
            with open(path, "rb") as f:
                body = REFRESH.sub(b"", f.read())
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()


class RefreshDroppingHandler(StaticSiteHandler):
    drop_refresh = True


def make_server(root, drop_refresh=False):
    """A server for ROOT on 127.0.0.1 and a free port, not yet serving."""
    handler = RefreshDroppingHandler if drop_refresh else StaticSiteHandler
    return http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=root))


def serve(root, drop_refresh=False):
    """Serves ROOT from a background thread; returns the server (call shutdown()) and its base URL."""
    httpd = make_server(root, drop_refresh)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"


def main(arguments):
    if len(arguments) not in (2, 3) or arguments[2:] not in ([], ["--drop-refresh"]):
        print(__doc__)
        return 2
    root, port_file = arguments[0], arguments[1]
    httpd = make_server(root, drop_refresh=arguments[2:] == ["--drop-refresh"])
    with open(port_file + ".part", "w") as f:
        f.write(str(httpd.server_address[1]))
    os.replace(port_file + ".part", port_file)
    httpd.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
