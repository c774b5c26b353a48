/// A heading found in a page, with the id it was given in the HTML: the source of the table of contents.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var id: String
    public var line: Int

    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}
