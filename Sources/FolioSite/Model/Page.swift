import FolioFormats
import FolioMarkdown

/// One Markdown page of one language, loaded but not yet rendered.
///
/// A value type whose fields live in one shared, immutable box: a build copies pages many times
/// over (plans, reading orders, menus, translation groups, fallbacks), and a copy of a dozen
/// strings and arrays cost a dozen retains, half of a title edit's rebuild at 10,000 pages. Now a
/// copy costs one; a change makes a new box (pages change only while loading).
public struct Page: Sendable, Hashable {
    /// The page's fields, as one value.
    struct Fields: Sendable, Hashable {
        var sourcePath: String
        var language: String
        var contentPath: String
        var frontMatter: FrontMatter
        var body: HeldText
        var bodyFirstLine: Int
        var outputPath: [String]
        var fallback: FallbackSource?
        var row: PageRow?
    }

    private var box: Shared<Fields>

    public init(
        sourcePath: String, language: String, contentPath: String, frontMatter: FrontMatter, body: String,
        bodyFirstLine: Int, outputPath: [String], fallback: FallbackSource? = nil
    ) {
        box = Shared(
            Fields(
                sourcePath: sourcePath, language: language, contentPath: contentPath, frontMatter: frontMatter,
                body: .plain(body), bodyFirstLine: bodyFirstLine, outputPath: outputPath, fallback: fallback))
    }

    /// Whether two pages (or their absence) have the same text, compared packed when both are.
    static func sameText(_ a: Page?, _ b: Page?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.box === b.box || a.box.value.body == b.box.value.body
    }

    /// This page with its text packed (`PackedText`), as `folio serve` keeps every page between
    /// builds: the text is read again only to render the page's body, so it can be unpacked then.
    func packingBody() -> Page {
        guard case let .plain(text) = box.value.body else { return self }
        var page = self
        page.change { $0.body = .packed(PackedText(text)) }
        return page
    }

    /// The text as held, packed or not: what a cached body's HTML is packed against
    /// (`CachedBody.packed(against:)`), shared rather than copied.
    var heldBody: HeldText { box.value.body }

    /// Changes the fields in a new box: other copies keep the old one.
    mutating func change(_ edit: (inout Fields) -> Void) {
        var fields = box.value
        edit(&fields)
        box = Shared(fields)
    }

    public static func == (lhs: Page, rhs: Page) -> Bool {
        lhs.box === rhs.box || lhs.box.value == rhs.box.value
    }

    public func hash(into hasher: inout Hasher) {
        box.value.hash(into: &hasher)
    }

    /// Path shown in diagnostics, relative to the source folder (`content/sv/kanaler.md`).
    public var sourcePath: String {
        get { box.value.sourcePath }
        set { change { $0.sourcePath = newValue } }
    }
    public var language: String {
        get { box.value.language }
        set { change { $0.language = newValue } }
    }
    /// Path inside the language folder without extension (`kanaler`, `guide/_index`).
    public var contentPath: String {
        get { box.value.contentPath }
        set { change { $0.contentPath = newValue } }
    }
    public var frontMatter: FrontMatter {
        get { box.value.frontMatter }
        set { change { $0.frontMatter = newValue } }
    }
    public var body: String {
        get { box.value.body.text }
        set { change { $0.body = .plain(newValue) } }
    }
    public var bodyFirstLine: Int {
        get { box.value.bodyFirstLine }
        set { change { $0.bodyFirstLine = newValue } }
    }
    /// Hash of the page's Markdown body: what a translation records as `sourceRevision`.
    public var revision: String { ContentHash.hex(Array(body.utf8)) }
    /// Output folder segments (`["sv", "kanaler"]`); the page is written as `index.html` inside.
    public var outputPath: [String] {
        get { box.value.outputPath }
        set { change { $0.outputPath = newValue } }
    }

    /// Set when the page stands in for a missing translation: it is the source page's content,
    /// built at this language's address with this language's interface (`fallback` in site.yml).
    public var fallback: FallbackSource? {
        get { box.value.fallback }
        set { change { $0.fallback = newValue } }
    }

    /// Set on a page generated from one row of a `[column].md` template (`rows:`): the row's values,
    /// which its title, description, `{{row.…}}` text and SQL parameters read (see `GeneratedPages`).
    public var row: PageRow? {
        get { box.value.row }
        set { change { $0.row = newValue } }
    }

    /// The language the body is written in: the source's for a fallback page, else the page's own.
    public var contentLanguage: String { fallback?.language ?? language }

    /// The language's home page (`content/<lang>/_index.md`).
    public var isHome: Bool { outputPath.count == 1 }

    /// What pairs this page with its translations: the explicit key, else its content path.
    public var translationID: String { frontMatter.translationKey.map { "key:" + $0 } ?? "path:" + contentPath }

    /// Computes the output folder from the file's place and its `slug`, slugging every segment.
    static func outputPath(language: String, contentPath: String, slug: String?) -> [String] {
        var segments = contentPath.split(separator: "/").map(String.init)
        let last = segments.removeLast()
        var path = [language] + segments.map { Slug.make($0) }
        if last != "_index" {
            path.append(slug.map { Slug.make($0) } ?? Slug.make(last))
        }
        return path
    }
}
