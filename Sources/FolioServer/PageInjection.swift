import FolioHTML

/// The HTML that serve mode adds to every page it sends: the live-reload script and, while the
/// latest build failed, an overlay with its errors. Built files on disk never contain either.
enum PageInjection {
    /// Path of the Server-Sent Events stream the reload script listens on.
    static let eventsPath = "/_folio/events"

    /// What to insert before `</body>` for the given build state.
    static func snippet(for build: PreviewState.Build) -> String {
        var html = ""
        if let failure = build.failure { html += overlay(failure) }
        html += script(generation: build.generation)
        return html
    }

    /// Opens an EventSource and reloads on `reload`; `since` lets the server tell a page that
    /// loaded just before a build finished to reload at once.
    static func script(generation: Int) -> String {
        """
        <script>(function(){var s=new EventSource("\(eventsPath)?since=\(generation)");\
        s.addEventListener("reload",function(){s.close();location.reload();});})();</script>\n
        """
    }

    /// A full-window panel over the last good page, listing the build errors.
    static func overlay(_ failure: String) -> String {
        """
        <div id="folio-build-error" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;\
        margin:0;padding:2rem;background:rgba(24,24,27,.96);color:#fafafa;font:15px/1.5 ui-monospace,Menlo,Consolas,monospace">\
        <h2 style="margin:0 0 1rem;color:#fca5a5;font-size:1.25rem">Build failed</h2>\
        <pre style="margin:0 0 1rem;white-space:pre-wrap">\(escape(failure))</pre>\
        <p style="margin:0;color:#a1a1aa">The page underneath is the last good build. Fix the file and save: \
        this page reloads by itself.</p></div>\n
        """
    }

    /// A page of its own for when there is no built page to lay the overlay over.
    static func errorPage(for build: PreviewState.Build) -> String {
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Build failed</title></head>\n<body>\n"
            + snippet(for: build) + "</body>\n</html>\n"
    }

    /// `html` with `snippet` before its last `</body>`, or after the end when it has none.
    static func insert(_ snippet: String, into html: [UInt8]) -> [UInt8] {
        let marker = Array("</body>".utf8)
        var index = html.count - marker.count
        while index >= 0 {
            if html[index] == marker[0], html[index..<index + marker.count].elementsEqual(marker) {
                return Array(html[..<index]) + Array(snippet.utf8) + Array(html[index...])
            }
            index -= 1
        }
        return html + Array(snippet.utf8)
    }

    /// Escapes text for HTML element content and attribute values.
    static func escape(_ text: String) -> String { Markup.escaped(text) }
}
