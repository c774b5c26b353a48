import Foundation
import Testing

@testable import FolioMarkdown

/// Hostile input for the GFM extensions (`Tests/Fixtures/hostile/gfm-*.md` and generated ones):
/// each must render with work bounded by counts (cells, references made), never by a clock.
@Suite struct MarkdownExtensionsHostileTests {
    static let hostile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile")

    func render(_ name: String) throws -> String {
        let text = try String(contentsOf: Self.hostile.appendingPathComponent(name), encoding: .utf8)
        var renderer = MarkdownRenderer()
        renderer.quoteStyle = .romanian
        return try renderer.render(text, path: name).html
    }

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func tenThousandColumnRow() throws {
        let html = try render("gfm-wide-row.md")
        #expect(count("<th scope=\"col\">", in: html) == 10_000)
        #expect(count("<td><em>v</em></td>", in: html) == 10_000)
    }

    @Test func pipeStormIsOneTable() throws {
        let html = try render("gfm-pipe-storm.md")
        #expect(count("<table>", in: html) == 1)
        #expect(count("<th scope=\"col\">", in: html) == 4_999)
    }

    @Test func deepEmphasisInCells() throws {
        let html = try render("gfm-cell-emphasis.md")
        #expect(count("<td", in: html) == 2)
        #expect(!html.contains("<del>"))
    }

    @Test func hundredThousandFootnoteReferences() throws {
        let source = String(repeating: "[^a]", count: 100_000) + "\n\n[^a]: Noten.\n"
        let result = try MarkdownRenderer().render(source, path: "a.md")
        #expect(count("<sup class=\"footnote-ref\">", in: result.html) == 100_000)
        #expect(count("class=\"footnote-backref\"", in: result.html) == 100_000)
        let fixture = try render("gfm-footnote-storm.md")
        #expect(count("<sup class=\"footnote-ref\">", in: fixture) == 10_000)
    }

    @Test func hundredThousandUndefinedReferencesAreNotedOnce() throws {
        let source = String(repeating: "[^x]", count: 100_000) + "\n"
        let result = try MarkdownRenderer().render(source, path: "a.md")
        #expect(result.notes.count == 100_000)
        #expect(!result.html.contains("<sup"))
    }
}
