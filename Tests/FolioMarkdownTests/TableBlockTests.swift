import Testing

@testable import FolioMarkdown

/// Conformance cases for GFM tables (spec section "Tables (extension)"), in Swedish and Romanian.
@Suite struct TableBlockTests {
    let renderer = MarkdownRenderer()

    func html(_ markdown: String) throws -> String { try renderer.render(markdown, path: "a.md").html }

    @Test func headerDelimiterAndBodyRowsMakeATable() throws {
        let out = try html("| Kanal | Svarstid |\n| --- | --- |\n| E-post | 4 h |\n| Chatt | 2 min |\n")
        #expect(out.contains("<table>"))
        #expect(out.contains("<th scope=\"col\">Kanal</th>"))
        #expect(out.contains("<td>E-post</td>"))
        #expect(out.contains("<td>2 min</td>"))
        #expect(out.contains("<thead>") && out.contains("<tbody>"))
        #expect(!out.contains("<p>"))
    }

    @Test func alignmentIsAClassNeverTheAlignAttribute() throws {
        let out = try html("| Stânga | Centru | Dreapta | Nimic |\n| :-- | :-: | --: | --- |\n| a | b | c | d |\n")
        #expect(out.contains("<th scope=\"col\" class=\"align-left\">Stânga</th>"))
        #expect(out.contains("<th scope=\"col\" class=\"align-center\">Centru</th>"))
        #expect(out.contains("<td class=\"align-right\">c</td>"))
        #expect(out.contains("<td>d</td>"))
        #expect(!out.contains("align=\""))
    }

    @Test func tableIsInAFocusableLabelledScrollRegion() throws {
        let out = try html("a | b\n--|--\n1 | 2\n\nc | d\n--|--\n")
        #expect(out.contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table 1\">"))
        #expect(out.contains("aria-label=\"Table 2\""))
    }

    @Test func outerPipesAreOptionalAndCellsAreTrimmed() throws {
        let out = try html("Namn|Antal\n:-|-:\n  Anna  |  3  \n")
        #expect(out.contains("<td class=\"align-left\">Anna</td>"))
        #expect(out.contains("<td class=\"align-right\">3</td>"))
    }

    @Test func inlineMarkdownInCells() throws {
        let out = try html("| Fält | Not |\n|---|---|\n| **fet** | [länk](../a/) och `kod` |\n")
        #expect(out.contains("<td><strong>fet</strong></td>"))
        #expect(out.contains("<td><a href=\"../a/\">länk</a> och <code>kod</code></td>"))
    }

    @Test func escapedPipeStaysInItsCellEvenInCode() throws {
        let out = try html("| f\\|oo |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n")
        #expect(out.contains("<th scope=\"col\">f|oo</th>"))
        #expect(out.contains("<td>b <code>|</code> az</td>"))
        #expect(out.contains("<td>b <strong>|</strong> im</td>"))
    }

    @Test func tableEndsAtABlankLineOrAnotherBlock() throws {
        let out = try html("| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n")
        #expect(out.contains("<td>bar</td>"))
        #expect(out.contains("<blockquote>\n<p>bar</p>"))
        let lazy = try html("| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n")
        #expect(lazy.contains("<td>bar</td>\n<td></td>"))
        #expect(lazy.contains("<p>bar</p>"))
    }

    @Test func shortRowsArePaddedAndLongRowsCut() throws {
        let out = try html("| a | b |\n| - | - |\n| bar |\n| x | y | z |\n")
        #expect(out.contains("<td>bar</td>\n<td></td>"))
        #expect(out.contains("<td>y</td>"))
        #expect(!out.contains("z"))
    }

    @Test func cellCountMismatchIsNotATableAndIsNoted() throws {
        let result = try renderer.render("Intro\n\n| abc | def |\n| --- |\n| bar |\n", path: "a.md", firstLine: 5)
        #expect(!result.html.contains("<table>"))
        #expect(result.html.contains("<p>| abc | def |"))
        #expect(result.notes.map(\.line) == [8])
    }

    @Test func headerOnlyTableHasNoBody() throws {
        let out = try html("| abc | def |\n| --- | --- |\n")
        #expect(out.contains("</thead>\n</table>"))
        #expect(!out.contains("<tbody>"))
    }

    @Test func tableStraightAfterAParagraphLine() throws {
        let out = try html("Tabellen nedan:\n| a | b |\n| - | - |\n| 1 | 2 |\n")
        #expect(out.contains("<p>Tabellen nedan:</p>"))
        #expect(out.contains("<th scope=\"col\">a</th>"))
    }

    @Test func tablesInListItemsAndBlockQuotes() throws {
        let list = try html("- Punkt\n\n  | a | b |\n  | - | - |\n  | 1 | 2 |\n")
        #expect(list.contains("<li>"))
        #expect(list.contains("<td>1</td>"))
        let quote = try html("> | Citat | Sursă |\n> | --- | --- |\n> | „da” | eu |\n")
        #expect(quote.contains("<blockquote>"))
        #expect(quote.contains("<td>„da”</td>"))
    }

    @Test func cellTextNeverStartsABlock() throws {
        let out = try html("| a | b |\n| - | - |\n| - x | # y |\n")
        #expect(out.contains("<td>- x</td>"))
        #expect(out.contains("<td># y</td>"))
    }

    @Test func rowLinksKeepTheirLines() throws {
        let result = try renderer.render("Text\n\n| a | b |\n| - | - |\n| [x](../x/) | 2 |\n", path: "a.md")
        #expect(result.links.map(\.line) == [5])
    }

    @Test func quotesDoNotRunAcrossCells() throws {
        var swedish = renderer
        swedish.quoteStyle = .swedish
        let out = try swedish.render("| \"a | b\" |\n| - | - |\n", path: "a.md").html
        #expect(out.contains("<th scope=\"col\">\u{201D}a</th>"))
        #expect(out.contains("<th scope=\"col\">b\u{201D}</th>"))
    }

    @Test func splittingRowsIsLinearInPipes() {
        let storm = String(repeating: "|", count: 50_000)
        #expect(TableBlock.cells(Array(storm.utf8)[...]).count == 49_999)
        #expect(TableBlock.delimiter(Array(storm.utf8)[...]) == nil)
    }
}
