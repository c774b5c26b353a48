import Testing

@testable import FolioMarkdown

@Suite struct TableOfContentsTests {
    @Test func nestsH3UnderThePrecedingH2() {
        let headings = [
            Heading(level: 3, text: "Intro", id: "intro", line: 1),
            Heading(level: 2, text: "A", id: "a", line: 2),
            Heading(level: 3, text: "A1", id: "a1", line: 3),
            Heading(level: 4, text: "deep", id: "deep", line: 4),
            Heading(level: 2, text: "B", id: "b", line: 5),
        ]
        let toc = TableOfContents(headings: headings)
        #expect(toc.entries.map(\.heading.id) == ["intro", "a", "b"])
        #expect(toc.entries[1].children.map(\.id) == ["a1"])
    }
}
