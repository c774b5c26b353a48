import FolioDiagnostics

/// A fenced code block whose info string names a directive (`chart`, `kpi`, `table`).
///
/// Found by walking cmark's tree, never by pattern-matching the text, so a fence inside a list
/// or a block quote is found and an indented "```chart" in a code span is not.
public struct Directive: Sendable, Hashable {
    /// The info string's first word.
    public var name: String
    /// The block's contents, as written.
    public var body: String
    /// Where the body's first line is in the author's file (fence line + 1).
    public var location: SourceLocation
    /// 1-based position among the page's directives: a stable, deterministic id seed.
    public var ordinal: Int

    public init(name: String, body: String, location: SourceLocation, ordinal: Int) {
        self.name = name
        self.body = body
        self.location = location
        self.ordinal = ordinal
    }
}
