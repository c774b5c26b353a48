/// How the site's own links are written; both kinds are relative, so `site/` works in any folder.
///
/// Without a `baseURL` the site may be opened straight from disk, where a link to a folder shows a
/// file listing, so links name `index.html`. With a `baseURL` it is published on a web server and
/// links end at the folder (`../kanaler/`), as readers expect.
public enum LinkStyle: Sendable, Hashable {
    case fileLinks
    case folderLinks

    /// The relative link from the page in folder `from` to the page in folder `to`.
    public func href(from: [String], to: [String]) -> String {
        var common = 0
        while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
        let ups = String(repeating: "../", count: from.count - common)
        let downs = to[common...].map { $0 + "/" }.joined()
        let folder = ups + downs
        switch self {
        case .fileLinks: return folder + "index.html"
        case .folderLinks: return folder.isEmpty ? "./" : folder
        }
    }

    /// The relative link from a page in folder `from` to a file at the site's root (`style.css`).
    public func href(from: [String], toFile file: String) -> String {
        String(repeating: "../", count: from.count) + file
    }

    /// Adjusts an author's relative link to a folder (`../kanaler/`) to this style, keeping any `#anchor`.
    public func adjust(authorLink link: String) -> String {
        // Bytes only: Foundation's `contains` and `split` here were 2 % of a large build's time.
        let bytes = link.utf8
        guard self == .fileLinks, let first = bytes.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "/"),
            !bytes.contains(UInt8(ascii: ":"))
        else { return link }
        let hash = bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.endIndex
        let path = link[..<hash]
        let isFolder = path.utf8.last == UInt8(ascii: "/")
        guard isFolder || path == "." || path == ".." else { return link }
        return path + (isFolder ? "" : "/") + "index.html" + link[hash...]
    }

    /// Adjusts an author's link for a page in folder `from`: a link from the site's root
    /// (`/sv/kanaler/`) is written relative to the page, so the site works under a sub-path and
    /// from disk; any other link as `adjust(authorLink:)` does.
    public func adjust(authorLink link: String, from folder: [String]) -> String {
        let bytes = link.utf8
        guard bytes.first == UInt8(ascii: "/"), bytes.dropFirst().first != UInt8(ascii: "/") else {
            return adjust(authorLink: link)
        }
        let end = bytes.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) ?? bytes.endIndex
        let path = link[link.index(after: link.startIndex)..<end]
        let segments = path.split(separator: "/").map(String.init)
        let rest = link[end...]
        if path.isEmpty || path.hasSuffix("/") {
            return href(from: folder, to: segments) + rest
        }
        var common = 0
        while common < folder.count, common < segments.count - 1, folder[common] == segments[common] { common += 1 }
        let ups = String(repeating: "../", count: folder.count - common)
        return ups + segments[common...].joined(separator: "/") + rest
    }

    /// Adjusts a link written in the page at `source` for the page at `folder` that shows the same
    /// text (a fallback page): a relative link keeps pointing where its author meant, in the
    /// source's language, so `../kanaler/` from `sv/x` becomes the way to `sv/kanaler`.
    public func adjust(authorLink link: String, writtenIn source: [String], from folder: [String]) -> String {
        guard let first = link.utf8.first, first != UInt8(ascii: "/"), first != UInt8(ascii: "#"),
            first != UInt8(ascii: "?"), !link.utf8.contains(UInt8(ascii: ":"))
        else { return adjust(authorLink: link, from: folder) }
        let end = link.firstIndex(where: { $0 == "#" || $0 == "?" }) ?? link.endIndex
        let path = link[..<end]
        var resolved = source
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        for part in parts {
            switch part {
            case ".": continue
            case "..":
                guard !resolved.isEmpty else { return adjust(authorLink: link, from: folder) }
                resolved.removeLast()
            default: resolved.append(String(part))
            }
        }
        let isFolder = path.hasSuffix("/") || parts.last == "." || parts.last == ".."
        let rooted = "/" + resolved.joined(separator: "/") + (isFolder && !resolved.isEmpty ? "/" : "")
        return adjust(authorLink: rooted + link[end...], from: folder)
    }
}
