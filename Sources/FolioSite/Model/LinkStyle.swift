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
        guard self == .fileLinks, !link.isEmpty, !link.hasPrefix("#"), !link.hasPrefix("/"), !link.contains(":") else {
            return link
        }
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = parts.first, path.hasSuffix("/") || path == "." || path == ".." else { return link }
        let fixed = (path.hasSuffix("/") ? String(path) : path + "/") + "index.html"
        return parts.count > 1 ? fixed + "#" + parts[1] : fixed
    }
}
