/// Where a fallback page's content comes from: the source-language page it shows, untranslated,
/// so its canonical link, its article's `lang` and its notice can name it.
public struct FallbackSource: Sendable, Hashable {
    /// The source page's language (the site's default language).
    public var language: String
    /// The source page's output folder (`["sv", "kanaler"]`).
    public var outputPath: [String]
}
