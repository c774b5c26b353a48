import FolioFormats
import FolioSearch

/// Where full-text search's files go: the script at the site's root under a content-hash name
/// (hosts may cache it forever, as the stylesheet), each language's index in `_search/<lang>/`.
enum SearchFiles {
    static let scriptName = "search.\(ContentHash.hex(Array(SearchScript.source.utf8))).js"

    /// A language's index folder, relative to the output folder.
    static func folder(language: String) -> String { "_search/\(language)/" }

    /// The way from the page at `folder` to the site's root folder: `../../`, or the `baseURL`.
    static func root(from folder: [String], baseURL: String) -> String {
        baseURL.isEmpty ? String(repeating: "../", count: folder.count) : baseURL
    }
}
