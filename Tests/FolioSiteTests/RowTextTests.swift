import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// `RowText.Pattern` reads a template's title and description once for all its rows: for any text
/// it must give what filling in every `{{…}}` of the text itself gives (the loop it replaced, kept
/// here as the oracle), the same values and the same first error.
@Suite struct RowTextTests {
    static let row = PageRow(
        source: "teams.csv", index: 0, line: 2, keyColumn: "team", position: 0,
        values: [
            PageRow.Value(column: "team", cell: .text("Göteborg"), text: "Göteborg"),
            PageRow.Value(column: "name", cell: .text("<b>&</b>"), text: "<b>&</b>"),
            PageRow.Value(column: "csat", cell: .number(0.874), text: "87,4\u{a0}%"),
        ])

    /// The substitution as it was before `Pattern`: the text searched again for each row.
    static func oracle(_ text: String, row: PageRow, at location: FolioDiagnostics.SourceLocation) throws -> String {
        guard text.contains("{{") else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let inside = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            result += rest[..<open.lowerBound]
            if inside.hasPrefix("row.") {
                result += try RowText.value(String(inside.dropFirst(4)), row: row, at: location)
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    static func outcome(_ make: () throws -> String) -> String {
        do { return "ok: " + (try make()) } catch { return "error: \(error)" }
    }

    @Test func fillsInValuesAndLeavesOtherBracesAlone() throws {
        let location = FolioDiagnostics.SourceLocation(path: "content/sv/lag/[team].md", line: 2)
        #expect(
            try RowText.substitute(
                "Laget {{row.name}} ({{ row.csat }}) {{metric csat latest}}", row: Self.row, at: location)
                == "Laget <b>&</b> (87,4\u{a0}%) {{metric csat latest}}")
        #expect(try RowText.substitute("Utan", row: Self.row, at: location) == "Utan")
        #expect(throws: Diagnostic.self) { try RowText.substitute("{{row.nmae}}", row: Self.row, at: location) }
    }

    @Test func patternGivesWhatTheTextSearchedForEachRowGives() {
        let seed = SeededRandom.seed("RowTextTests", variable: "FOLIO_ROW_TEXT_SEED")
        var random = SeededRandom(seed: seed)
        let pieces = [
            "{{", "}}", "{", "}", "row.", "row.team", "row.name", "row.csat", "row.x", " ", "\t", "\u{a0}", "\n",
            "Laget ", "ș", "🙂", "<", "&", "metric", "row", ".", "{{row.team}}", "{{ row.csat }}", "{{row.bad}}",
        ]
        let location = FolioDiagnostics.SourceLocation(path: "content/sv/lag/[team].md", line: 3)
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...12, using: &random)
            let text = (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
            let pattern = RowText.Pattern(text)
            let got = Self.outcome { try pattern.text(row: Self.row, at: location) }
            let want = Self.outcome { try Self.oracle(text, row: Self.row, at: location) }
            #expect(got == want, "seed \(seed): \(text.debugDescription)")
        }
    }
}
