import FolioDiagnostics
import FolioMarkdown
import Foundation

/// Finds links in authors' Markdown that lead nowhere in the built site: missing pages, files and
/// `#anchors`, each reported at the Markdown file and line of the link.
struct LinkCheck {
    /// Output paths of every file written (`sv/kanaler/index.html`).
    let files: Set<String>
    /// Element ids of each HTML file, for anchor checks.
    let ids: [String: Set<String>]

    init(files: [OutputFile]) {
        self.files = Set(files.map(\.path))
        var ids: [String: Set<String>] = [:]
        for file in files where file.path.hasSuffix(".html") {
            ids[file.path] = Self.ids(in: String(decoding: file.contents, as: UTF8.self))
        }
        self.ids = ids
    }

    func problems(in page: RenderedPage) -> [Diagnostic] {
        let here = page.page.outputPath.joined(separator: "/") + "/index.html"
        return page.links.compactMap { link in
            let destination = link.destination
            guard !destination.isEmpty, !Self.isExternal(destination) else { return nil }
            let location = SourceLocation(path: page.page.sourcePath, line: link.line)
            let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(
                String.init)
            let pathPart =
                parts[0].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
                ?? ""
            let anchor = parts.count > 1 ? parts[1] : nil
            let target: String
            if pathPart.isEmpty {
                target = here
            } else if pathPart.hasPrefix("/") {
                // From the site's root: written relative in the page, checked like any other link.
                let resolved = Self.resolve(pathPart.removingPercentEncoding ?? pathPart, from: "") ?? ""
                guard let found = Self.target(resolved, in: files) else {
                    return Diagnostic(
                        location,
                        "broken link '\(destination)': nothing is built at \(resolved.isEmpty ? "/" : resolved)",
                        hint: "a link starting with / is read from the site's root, e.g. `/sv/kanaler/`")
                }
                target = found
            } else {
                let folder = page.page.outputPath.joined(separator: "/")
                guard let resolved = Self.resolve(pathPart.removingPercentEncoding ?? pathPart, from: folder) else {
                    return Diagnostic(
                        location, "link '\(destination)' leaves the site", hint: "link to a page inside content/")
                }
                if files.contains(resolved) {
                    target = resolved
                } else if files.contains(resolved.isEmpty ? "index.html" : resolved + "/index.html") {
                    target = resolved.isEmpty ? "index.html" : resolved + "/index.html"
                } else {
                    return Diagnostic(
                        location,
                        "broken link '\(destination)': nothing is built at \(resolved.isEmpty ? "/" : resolved)",
                        hint: "check the page's slug; links are relative to the page's own folder (\(folder)/)")
                }
            }
            if let anchor, !anchor.isEmpty, target.hasSuffix(".html"), !(ids[target]?.contains(anchor) ?? false) {
                return Diagnostic(
                    location, "broken anchor '#\(anchor)' in link '\(destination)': \(target) has no such id",
                    hint: "heading ids are the heading's slug, e.g. `## Svarstider` -> `#svarstider`")
            }
            return nil
        }
    }

    /// The built file a resolved link path names: the file itself or its folder's `index.html`.
    static func target(_ resolved: String, in files: Set<String>) -> String? {
        if files.contains(resolved) { return resolved }
        let index = resolved.isEmpty ? "index.html" : resolved + "/index.html"
        return files.contains(index) ? index : nil
    }

    static func isExternal(_ link: String) -> Bool {
        guard let colon = link.firstIndex(of: ":") else { return link.hasPrefix("//") }
        let scheme = link[..<colon]
        return !scheme.isEmpty
            && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// `../kanaler/` from `sv/nyckeltal` is `sv/kanaler`; nil when it climbs above the site.
    static func resolve(_ path: String, from folder: String) -> String? {
        var parts = folder.split(separator: "/").map(String.init)
        for segment in path.split(separator: "/", omittingEmptySubsequences: true).map(String.init) {
            switch segment {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(segment)
            }
        }
        return parts.joined(separator: "/")
    }

    static func ids(in html: String) -> Set<String> {
        var ids: Set<String> = []
        var rest = html[...]
        while let range = rest.range(of: " id=\"") {
            rest = rest[range.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            ids.insert(String(rest[..<end]))
            rest = rest[end...]
        }
        return ids
    }
}
