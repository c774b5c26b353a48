import FolioData
import FolioDiagnostics
import FolioTestSupport
import Testing

/// Data files no spreadsheet means to write: joined exports, huge files, markup in cells.
@Suite struct CSVReaderHostileInputTests {
    @Test func byteOrderMarkInTheMiddleIsReportedAtItsLine() {
        let text = "\u{FEFF}month,calls\n2026-01,10\n\u{FEFF}month,calls\n2026-02,12\n"
        let found = diagnostics { try readCSV(text) }
        #expect(found.map(\.position) == ["3:1"])
        #expect(found.first?.message == "byte-order mark (U+FEFF) in the middle of the file")
        #expect(found.first?.hint?.contains("joining two files") == true)
    }

    @Test func byteOrderMarkInsideACellIsReportedAtItsColumn() {
        #expect(diagnostics { try readCSV("a,b\nå,x\u{FEFF}y\n") }.map(\.position) == ["2:4"])
        #expect(diagnostics { try readJSON("[{\"a\": \"x\u{FEFF}\"}]") }.map(\.position) == ["1:10"])
    }

    /// Counted, not timed (a wall-clock limit fails on a loaded machine): each of the 100,000 rows
    /// is read once, in order, and lands at its own line; speed is measured in `bench/`.
    @Test func hundredThousandRowsAreEachReadOnce() throws {
        var text = "n;value;label\n"
        text.reserveCapacity(3_000_000)
        for index in 0..<100_000 { text += "\(index);\(index % 1000),5;rad \(index)\n" }
        let table = try readCSV(text)
        #expect(table.rowCount == 100_000)
        #expect(table.rowLines == Array(2...100_001))
        #expect(table.column(named: "n")?.values.enumerated().allSatisfy { $1 == .number(Double($0)) } == true)
        #expect(table.column(named: "value")?.values.last == .number(999.5))
    }

    @Test func markupInACellIsKeptVerbatimForTheRendererToEscape() throws {
        let table = try readCSV("month,label\n2026-01,\"</svg><script>alert(1)</script>\"\n")
        #expect(table.column(named: "label")?.values == [.text("</svg><script>alert(1)</script>")])
    }
}
