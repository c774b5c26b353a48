import FolioFormats

/// The first line Folio writes into a copy of a built-in theme file (`folio eject`), recording which
/// version of the built-in file it was copied from, so `folio check` can warn when Folio's own file
/// has changed since: `{{! folio-theme: 3f2a9c1e }}`, `/* folio-theme: 3f2a9c1e */`,
/// `# folio-theme: 3f2a9c1e`, `<!-- folio-theme: 3f2a9c1e -->`.
///
/// The hash is the built-in file's `ContentHash`. The line is dropped when the file is read, so a
/// copied file that was not edited builds exactly what the built-in one builds.
public enum ThemeHeader {
    static let marker = "folio-theme:"

    /// The hash `folio eject` records for a built-in file's text.
    public static func hash(of text: String) -> String {
        ContentHash.hex(Array(text.utf8))
    }

    /// The header line for a file at `path` (inside `templates/`), in that file type's comment syntax.
    public static func line(for path: String, hash: String) -> String {
        if path.hasSuffix(".mustache") { return "{{! \(marker) \(hash) }}" }
        if path.hasSuffix(".css") { return "/* \(marker) \(hash) */" }
        if path.hasSuffix(".svg") || path.hasSuffix(".html") { return "<!-- \(marker) \(hash) -->" }
        return "# \(marker) \(hash)"
    }

    /// Splits a theme file into the hash its first line records (if it is a header) and the text
    /// after it; `hadHeader` tells callers to count one line more in error positions.
    static func split(_ text: String) -> (hash: String?, body: String, hadHeader: Bool) {
        let firstLine = text.prefix { $0 != "\n" }
        guard let range = firstLine.range(of: marker) else { return (nil, text, false) }
        let hash = firstLine[range.upperBound...].drop { $0 == " " }.prefix { $0.isHexDigit }
        guard !hash.isEmpty else { return (nil, text, false) }
        let body = text.dropFirst(firstLine.count + (firstLine.count < text.count ? 1 : 0))
        return (String(hash), String(body), true)
    }
}
