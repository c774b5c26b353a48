/// One file of the theme a build uses: Folio's built-in file, or the site's own at the same path
/// under `templates/`.
struct ThemeFile: Sendable, Hashable {
    /// Path inside `templates/`: `base.mustache`, `css/base.css`, `strings/sv.yml`.
    var path: String
    /// The text, without a `folio-theme:` header line.
    var text: String
    /// True when the site's `templates/` holds this file (an override, or a file Folio has no built-in for).
    var fromSite: Bool
    /// Lines dropped from the top (the header), added back to error positions.
    var lineOffset: Int = 0

    /// Where errors in it point: the site's file, or the built-in file's path with a note.
    var displayPath: String {
        fromSite ? "templates/\(path)" : "templates/\(path) (built in)"
    }
}
