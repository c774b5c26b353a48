extension PrintEdition {
    /// A link from a chapter, as the edition writes it: to a chapter of the edition, a `#` link to
    /// its heading or to the id inside it; to anything else (a page outside the menu, a file),
    /// relative to the edition's folder; a link with a scheme (`https:`, `mailto:`) as it is.
    static func resolve(
        _ link: String, from page: [String], to folder: [String], chapters: [[String]: ChapterMarkup],
        linkStyle: LinkStyle, lookingUp: ([String]) -> Void = { _ in }
    ) -> String {
        guard !link.isEmpty, !link.hasPrefix("//"), !link.hasPrefix("/") else { return link }
        let end = link.firstIndex { $0 == "#" || $0 == "?" } ?? link.endIndex
        let path = link[..<end]
        if let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") { return link }
        let rest = link[end...]
        var segments = page
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var isFolder = path.isEmpty || path.hasSuffix("/") || parts.last == "." || parts.last == ".."
        if parts.last == "index.html" {
            parts.removeLast()
            isFolder = true
        }
        for part in parts {
            switch part {
            case "", ".": continue
            case "..":
                guard !segments.isEmpty else { return link }
                segments.removeLast()
            default: segments.append(part)
            }
        }
        if isFolder { lookingUp(segments) }
        if isFolder, let target = chapters[segments] {
            let fragment = rest.hasPrefix("#") ? String(rest.dropFirst()) : ""
            return "#" + (target.ids.contains(fragment) ? target.prefixed(fragment) : target.anchor)
        }
        if path.isEmpty { return link }
        if isFolder { return linkStyle.href(from: folder, to: segments) + rest }
        var common = 0
        while common < folder.count, common < segments.count - 1, folder[common] == segments[common] { common += 1 }
        return String(repeating: "../", count: folder.count - common)
            + segments[common...].joined(separator: "/") + rest
    }
}
