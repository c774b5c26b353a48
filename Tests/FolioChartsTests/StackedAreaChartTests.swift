import FolioData
import Testing

@testable import FolioCharts

/// Stacked areas: each band starts where the one below ends, so the top edge is the total.
@Suite struct StackedAreaChartTests {
    func data(_ series: [[Double?]]) -> ChartData {
        let count = series.first?.count ?? 0
        let months = (1...count).map { Cell.month(year: 2025, month: $0) }
        let columns = series.enumerated().map { index, values in
            Column(
                name: "s\(index)", type: .number, values: values.map { $0.map(Cell.number) ?? .missing },
                index: index + 2)
        }
        let x = Column(name: "month", type: .month, values: months, index: 1)
        let table = DataTable(path: "t.csv", columns: [x] + columns, rowLines: months.indices.map { $0 + 2 })
        let spec = ChartSpec(
            type: .stackedArea, table: table, source: "t.csv", x: x, y: columns, title: "T", format: .number,
            includesZero: true)
        return ChartData(spec: spec, formatter: ValueFormatter(localeIdentifier: "sv_SE"))
    }

    @Test func bandsStackOnTheOnesBelow() {
        let stack = StackedAreaChart.stack(data([[10, 20], [5, 5]]))
        #expect(stack[0].map { $0?.start } == [0, 0])
        #expect(stack[0].map { $0?.end } == [10, 20])
        #expect(stack[1].map { $0?.start } == [10, 20])
        #expect(stack[1].map { $0?.end } == [15, 25])
    }

    @Test func aMissingValueIsAGapAndAddsNothing() {
        let stack = StackedAreaChart.stack(data([[10, nil, 30], [5, 5, 5]]))
        #expect(stack[0][1] == nil)
        #expect(stack[1][1]?.start == 0)
        #expect(stack[1][2]?.start == 30)
    }

    @Test func theValueAxisCoversTheTotals() {
        #expect(StackedAreaChart.coverage(data([[10, 20], [5, -5]])) == [15, 0, 20, -5])
    }
}
