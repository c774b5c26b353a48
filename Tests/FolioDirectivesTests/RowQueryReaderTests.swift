import FolioData
import FolioDiagnostics
import FolioTestSupport
import FolioYAML
import Foundation
import Testing

@testable import FolioCharts
@testable import FolioDirectives

/// A block's literal `filter:` finds its rows in the data file's column indexes (`RowQuery.filtered`)
/// instead of scanning the table on every page (issue 29): held to the scan on random tables and
/// filters. The seed is printed; `FOLIO_ROW_QUERY_SEED` replays one.
@Suite struct RowQueryReaderTests {
    static let teams = ["Team 1", "Team 2", "Göteborg", "87.4", ""]
    static let numbers: [Double] = [0, 1, 87.4, 0.874, 12_400, 87.4 * (1 + 5e-10), .infinity]

    /// A table of a text, a month and a number column, with empty cells among them.
    static func table(_ random: inout SeededRandom) -> DataTable {
        let count = Int.random(in: 0..<80, using: &random)
        func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &random)] }
        let team = (0..<count).map { _ in
            Int.random(in: 0..<8, using: &random) == 0 ? Cell.missing : .text(pick(teams))
        }
        let month = (0..<count).map { _ in Cell.month(year: 2026, month: Int.random(in: 1...3, using: &random)) }
        let value = (0..<count).map { _ in
            Int.random(in: 0..<8, using: &random) == 0 ? Cell.missing : .number(pick(numbers))
        }
        return DataTable(
            path: "content/data/random.csv",
            columns: [
                Column(name: "team", type: .text, values: team, index: 1),
                Column(name: "month", type: .month, values: month, index: 2),
                Column(name: "value", type: .number, values: value, index: 3),
            ],
            rowLines: Array((0..<count).map { $0 + 2 }))
    }

    /// A block filtering on one to three columns by values as authors write them.
    static func block(_ random: inout SeededRandom) throws -> YAMLBlock {
        func pick(_ values: [String]) -> String { values[Int.random(in: 0..<values.count, using: &random)] }
        var pairs: [String] = []
        for column in ["team", "month", "value"] where Int.random(in: 0..<3, using: &random) != 0 {
            switch column {
            case "team": pairs.append("team: \"\(pick(teams + ["Team 3", "87,4"]))\"")
            case "month": pairs.append("month: \"\(pick(["2026-01", "2026-02", "2026-04", "2026-1", ""]))\"")
            default: pairs.append("value: \"\(pick(["87.4", "87,4", "8740%", "0", "1", "", "12 400", "x"]))\"")
            }
        }
        let limit = Int.random(in: 0..<3, using: &random) == 0 ? "\nlimit: 2" : ""
        return try YAMLBlock.parse(
            "data: random.csv\nfilter: {\(pairs.joined(separator: ", "))}\(limit)", name: "table",
            origin: SourceLocation(path: "content/sv/t.md", line: 1, column: 1))
    }

    @Test func indexedFilterKeepsTheRowsAScanKeeps() throws {
        let seed = SeededRandom.seed("RowQueryReaderTests", variable: "FOLIO_ROW_QUERY_SEED")
        var random = SeededRandom(seed: seed)
        for round in 0..<300 {
            let table = Self.table(&random)
            let file = DataFile(table: table)
            for _ in 0..<10 {
                let block = try Self.block(&random)
                let scanned = try RowQueryReader.query(from: block, table: table)
                let indexed = try RowQueryReader.query(from: block, table: table, file: file)
                #expect(scanned.filtered == nil)
                #expect(indexed.filtered != nil || indexed.filters.isEmpty)
                #expect(
                    indexed.rows(of: table) == scanned.rows(of: table),
                    "round \(round), \(indexed.filters) (seed \(seed))")
            }
        }
    }

    @Test func anotherTableIsScanned() throws {
        var random = SeededRandom(seed: 29)
        let table = Self.table(&random)
        let block = try YAMLBlock.parse(
            "data: random.csv\nfilter: {team: \"Team 1\"}", name: "table",
            origin: SourceLocation(path: "content/sv/t.md", line: 1, column: 1))
        let indexed = try RowQueryReader.query(from: block, table: table, file: DataFile(table: table))
        // A table of other rows (a facet's panel, a pivot): the rows found in the file's index do not apply.
        let fewer = FacetSplit.subset(table, rows: Array(0..<(table.rowCount / 2)))
        let scanned = try RowQueryReader.query(from: block, table: fewer)
        #expect(indexed.rows(of: fewer) == scanned.rows(of: fewer))
    }
}
