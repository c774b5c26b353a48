import FolioDiagnostics
import Testing

@testable import FolioYAML

/// `YAMLValue` is the only YAML tree other modules see: each value placed in the author's file, scalars
/// read as Yams reads them.
@Suite struct YAMLValueTests {
    @Test func placesEveryValueInTheAuthorsFile() throws {
        let reader = YAMLReader(path: "content/page.md", lineOffset: 1)
        let root = try #require(try reader.compose("title: Samtal\nlist:\n  - a\n  - {b: c}\n"))
        let mapping = try #require(root.mapping)
        #expect(mapping.location == SourceLocation(path: "content/page.md", line: 2, column: 1))
        let entries = mapping.entries
        #expect(entries.map(\.key) == ["title", "list"])
        #expect(entries[1].keyLocation == SourceLocation(path: "content/page.md", line: 3, column: 1))
        let items = try #require(mapping["list"]?.sequence)
        #expect(items[0].string == "a")
        #expect(items[0].location == SourceLocation(path: "content/page.md", line: 4, column: 5))
        #expect(items[1].mapping?["b"]?.string == "c")
        #expect(items[1].mapping?["b"]?.location == SourceLocation(path: "content/page.md", line: 5, column: 9))
    }

    @Test func blockValuesArePlacedFromTheBlocksOrigin() throws {
        let reader = YAMLReader(origin: SourceLocation(path: "kanaler.md", line: 10, column: 1), name: "chart")
        let root = try #require(try reader.compose("type: line\nsql: |\n  SELECT 1\n"))
        let sql = try #require(root.mapping?["sql"])
        #expect(sql.location == SourceLocation(path: "kanaler.md", line: 11, column: 6))
        #expect(sql.scalar?.style == .literal)
        #expect(sql.string == "SELECT 1\n")
    }

    @Test(
        arguments: [
            ("10", 10), ("1_000", 1000), ("0x1F", 31), ("-3", -3), ("'10'", nil), ("ten", nil), ("1.5", nil),
        ] as [(String, Int?)])
    func wholeNumbersReadAsYamsReadsThem(text: String, expected: Int?) throws {
        let root = try #require(try YAMLReader(path: "site.yml").compose("n: \(text)"))
        #expect(root.mapping?["n"]?.int == expected)
    }

    @Test(
        arguments: [
            ("true", true), ("yes", true), ("Off", false), ("no", false), ("maybe", nil),
        ] as [(String, Bool?)])
    func flagsReadAsYamsReadsThem(text: String, expected: Bool?) throws {
        let root = try #require(try YAMLReader(path: "site.yml").compose("b: \(text)"))
        #expect(root.mapping?["b"]?.bool == expected)
    }

    @Test func listsAndMappingsAreNotText() throws {
        let reader = YAMLReader(path: "site.yml")
        let root = try #require(try reader.compose("a: [1, 2]\nb: {c: d}\n"))
        let mapping = try #require(root.mapping)
        #expect(mapping["a"]?.string == nil)
        #expect(mapping["b"]?.int == nil)
        let value = try #require(mapping["a"])
        #expect(throws: Diagnostic.self) { try reader.string(value, key: "a") }
    }

    /// Copied without recursion (Yams composes iteratively too), so depth costs the copy no stack.
    @Test func deeplyNestedListsAreCopied() throws {
        let depth = 500
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var value = try #require(try YAMLReader(path: "deep.yml").compose(text))
        var levels = 1
        while let inner = value.sequence?.first {
            value = inner
            levels += 1
        }
        #expect(levels == depth)
    }
}
