import FolioTestSupport
import Foundation
import Testing

@testable import FolioData

/// `ColumnIndex` answers what a scan with `ColumnIndex.same` (a row's value) or `FilterText` (an
/// author's filter text) answers: the index is a fast path, so it is held to the scan on random
/// columns. The seed is printed; `FOLIO_COLUMN_INDEX_SEED` replays one.
@Suite struct ColumnIndexTests {
    /// Cells as a slice's column may hold them: repeated numbers and numbers a rounding apart,
    /// text, months, days, empty cells, NaN and infinity.
    static func cell(_ random: inout SeededRandom) -> Cell {
        let base = [0, 1, -1, 87.4, 0.874, 1e12, 12_400][Int.random(in: 0..<7, using: &random)]
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return .missing
        case 1: return .text(["Göteborg", "Malmö", "87.4", ""][Int.random(in: 0..<4, using: &random)])
        case 2: return .month(year: 2026, month: Int.random(in: 1...3, using: &random))
        case 3: return .day(year: 2026, month: 1, day: Int.random(in: 1...2, using: &random))
        case 4: return .number([Double.nan, .infinity, -.infinity][Int.random(in: 0..<3, using: &random)])
        case 5: return .number(base.nextUp)
        case 6: return .number(base * (1 + 5e-10))
        case 7: return .number(base * (1 + 5e-9))
        default: return .number(base)
        }
    }

    static func seed(_ test: String) -> UInt64 {
        let seed = SeededRandom.seed("ColumnIndexTests.\(test)", variable: "FOLIO_COLUMN_INDEX_SEED")
        return seed
    }

    /// A filter's text and number as an author may write them: a cell's own spelling, a near
    /// miss of one, a number a rounding away from a cell's, an infinity or NaN, or none.
    static func filter(_ random: inout SeededRandom) -> (text: String, number: Double?) {
        let texts = ["Göteborg", "Malmö", "87.4", "", "2026-01", "2026-1", "2026-01-02", "2026-01-2", "0", "1"]
        let text = texts[Int.random(in: 0..<texts.count, using: &random)]
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return (text, nil)
        case 1: return (text, Double(text))
        default:
            guard case let .number(number) = cell(&random) else { return (text, nil) }
            return (text, number)
        }
    }

    @Test func findsExactlyTheRowsAScanFinds() {
        let seed = Self.seed("findsExactlyTheRowsAScanFinds")
        var random = SeededRandom(seed: seed)
        for round in 0..<200 {
            let values = (0..<Int.random(in: 0..<60, using: &random)).map { _ in Self.cell(&random) }
            let index = ColumnIndex(values)
            for _ in 0..<20 {
                let wanted = Self.cell(&random)
                let scanned = values.indices.filter { ColumnIndex.same(values[$0], wanted) }
                #expect(index.rows(matching: wanted) == scanned, "round \(round), \(wanted) (seed \(seed))")
            }
        }
    }

    @Test func findsExactlyTheRowsAFilterTextScanFinds() {
        let seed = Self.seed("findsExactlyTheRowsAFilterTextScanFinds")
        var random = SeededRandom(seed: seed)
        for round in 0..<300 {
            let values = (0..<Int.random(in: 0..<60, using: &random)).map { _ in Self.cell(&random) }
            let index = ColumnIndex(values)
            for _ in 0..<20 {
                let (text, number) = Self.filter(&random)
                let scanned = values.indices.filter { FilterText.cell(values[$0], matches: text, number: number) }
                #expect(
                    index.rows(matchingText: text, number: number) == scanned,
                    "round \(round), \(text.debugDescription) \(String(describing: number)) (seed \(seed))")
            }
        }
    }

    @Test func aDataFileBuildsEachColumnsIndexOnce() throws {
        let table = DataTable(
            path: "content/data/t.csv",
            columns: [Column(name: "team", type: .text, values: [.text("A"), .text("B"), .text("A")], index: 0)],
            rowLines: [2, 3, 4])
        let file = DataFile(table: table)
        #expect(try file.index(ofColumn: "team")?.rows(matching: .text("A")) == [0, 2])
        #expect(try file.index(ofColumn: "team")?.rows(matchingText: "B", number: nil) == [1])
        #expect(try file.index(ofColumn: "lag") == nil, "no such column")
    }
}
