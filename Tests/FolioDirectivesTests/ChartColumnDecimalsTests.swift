import FolioData
import FolioDiagnostics
import FolioTestSupport
import FolioYAML
import Foundation
import Testing

@testable import FolioCharts
@testable import FolioDirectives

/// A chart over a data file's whole table takes its columns' decimals from the file, counted once
/// for every page (`ChartSpec.columnDecimals`), instead of counting the column on each page: the
/// figure must be what counting gives, on random columns, formats and filters. The seed is printed;
/// `FOLIO_CHART_DECIMALS_SEED` replays one.
@Suite struct ChartColumnDecimalsTests {
    static let values: [Double] = [1, 2.5, 0.875, 12.25, 0.5, 3, 0.125, 40]

    static func table(_ random: inout SeededRandom) -> DataTable {
        let count = Int.random(in: 1..<40, using: &random)
        func numbers(_ type: ColumnType) -> Column {
            let cells = (0..<count).map { _ in
                Int.random(in: 0..<6, using: &random) == 0
                    ? Cell.missing : .number(values[Int.random(in: 0..<values.count, using: &random)])
            }
            return Column(name: type == .percent ? "share" : "value", type: type, values: cells, index: 0)
        }
        var share = numbers(.percent)
        share.index = 3
        var value = numbers(.number)
        value.index = 4
        return DataTable(
            path: "content/data/d.csv",
            columns: [
                Column(
                    name: "team", type: .text,
                    values: (0..<count).map { _ in .text(["A", "B", "C"][Int.random(in: 0..<3, using: &random)]) },
                    index: 1),
                Column(name: "n", type: .number, values: (0..<count).map { .number(Double($0)) }, index: 2),
                share, value,
            ],
            rowLines: Array(2..<(count + 2)))
    }

    @Test func decimalsFromTheFileAreTheColumnsOwn() throws {
        let seed = SeededRandom.seed("ChartColumnDecimalsTests", variable: "FOLIO_CHART_DECIMALS_SEED")
        var random = SeededRandom(seed: seed)
        let strings = try Fixture.strings
        for round in 0..<100 {
            let table = Self.table(&random)
            let catalog = TableCatalog(tables: ["d.csv": DataFile(table: table)])
            let type = ["line", "bar", "scatter"][Int.random(in: 0..<3, using: &random)]
            let x = type == "scatter" ? "share" : ["n", "team"][Int.random(in: 0..<2, using: &random)]
            let y = ["share", "value"][Int.random(in: 0..<2, using: &random)]
            let format = ["", "\nformat: percent", "\nformat: number"][Int.random(in: 0..<3, using: &random)]
            let filter = Int.random(in: 0..<2, using: &random) == 0 ? "" : "\nfilter: {team: B}"
            let block = try YAMLBlock.parse(
                "type: \(type)\ndata: d.csv\nx: \(x)\ny: \(y)\ntitle: T\(format)\(filter)", name: "chart",
                origin: Fixture.location)
            let spec = try ChartSpecReader.spec(from: block, catalog: catalog)
            #expect(spec.columnDecimals != nil, "round \(round): a file's whole table")
            var counted = spec
            counted.columnDecimals = nil
            #expect(
                ChartFigure.html(for: spec, id: "c", formatter: Fixture.formatter, strings: strings)
                    == ChartFigure.html(for: counted, id: "c", formatter: Fixture.formatter, strings: strings),
                "round \(round) (seed \(seed))")
        }
    }
}
