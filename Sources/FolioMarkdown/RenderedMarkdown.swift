/// The result of rendering one Markdown file: HTML plus what templates need to know about it.
public struct RenderedMarkdown: Sendable, Hashable {
    public var html: String
    public var headings: [Heading]
    /// Destinations of the page's links and images, for link checking.
    public var links: [String]

    public init(html: String, headings: [Heading], links: [String]) {
        self.html = html
        self.headings = headings
        self.links = links
    }
}
