/// The result of rendering one Markdown file: HTML plus what templates need to know about it.
public struct RenderedMarkdown: Sendable, Hashable {
    public var html: String
    public var headings: [Heading]
    /// The page's links and images as written, with their lines, for link checking.
    public var links: [MarkdownLink]
    /// What `folio check` warns about: undefined footnotes, tables whose rows do not line up.
    public var notes: [MarkdownNote]

    public init(html: String, headings: [Heading], links: [MarkdownLink], notes: [MarkdownNote] = []) {
        self.html = html
        self.headings = headings
        self.links = links
        self.notes = notes
    }
}

/// A link or image destination as the author wrote it, and the file line it is on.
public struct MarkdownLink: Sendable, Hashable {
    public var destination: String
    public var line: Int
    public var isImage: Bool

    public init(destination: String, line: Int, isImage: Bool = false) {
        self.destination = destination
        self.line = line
        self.isImage = isImage
    }
}
