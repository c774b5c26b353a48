/// A page's table of contents: its h2 headings with their h3 headings nested under them.
public struct TableOfContents: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var heading: Heading
        public var children: [Heading]
    }

    public var entries: [Entry]

    /// Builds the outline from headings in document order; an h3 before any h2 becomes a top entry.
    public init(headings: [Heading]) {
        var entries: [Entry] = []
        for heading in headings where heading.level == 2 || heading.level == 3 {
            if heading.level == 3, !entries.isEmpty {
                entries[entries.count - 1].children.append(heading)
            } else {
                entries.append(Entry(heading: heading, children: []))
            }
        }
        self.entries = entries
    }

    public var isEmpty: Bool { entries.isEmpty }
}
