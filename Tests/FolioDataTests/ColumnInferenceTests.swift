import Testing

@testable import FolioData

@Suite("ColumnInference")
struct ColumnInferenceTests {
    let numbers = NumberParser(decimalMark: ",")

    func inferred(_ texts: [String]) -> ColumnType {
        let cells = texts.enumerated().map { RawCell(text: $1, line: $0 + 2, column: 1) }
        let durations = DurationParser(numbers: numbers, plainUnit: .minutes)
        return ColumnInference.type(of: cells, numbers: numbers, durations: durations)
    }

    @Test func infersEachType() {
        #expect(inferred(["2026-01", "2026-02"]) == .month)
        #expect(inferred(["2026-01-31", "2026-02-01"]) == .date)
        #expect(inferred(["1", "2,5", "1 234"]) == .number)
        #expect(inferred(["87,5 %", "90%"]) == .percent)
        #expect(inferred(["87,5", "90 %"]) == .percent)
        #expect(inferred(["12 min", "1:30", "90s"]) == .duration)
        #expect(inferred(["web", "1"]) == .text)
    }

    @Test func mixedShapesAreText() {
        #expect(inferred(["2026-01", "2026-01-02"]) == .text)
        #expect(inferred(["12", "12 min"]) == .text)
    }

    @Test func emptyCellsDoNotDecide() {
        #expect(inferred(["", "1", " "]) == .number)
        #expect(inferred(["", ""]) == .text)
    }

    @Test func jsonNumbersCountAsNumbers() {
        let cells = [
            RawCell(text: "87.5", number: 87.5, line: 2, column: 1), RawCell(text: "90 %", line: 3, column: 1),
        ]
        let durations = DurationParser(numbers: numbers, plainUnit: .minutes)
        #expect(ColumnInference.type(of: cells, numbers: numbers, durations: durations) == .percent)
    }
}
