import FolioData
import Foundation
import Testing

@Suite("CSVReader")
struct CSVReaderTests {
    @Test func readsCommaSeparatedFileWithInferredTypes() throws {
        let table = try readCSV("month,visits,channel\n2026-01,1200,web\n2026-02,1350.5,phone\n")
        #expect(table.columnNames == ["month", "visits", "channel"])
        #expect(table.rowCount == 2)
        #expect(table.rowLines == [2, 3])
        #expect(table.column(named: "month")?.type == .month)
        #expect(table.column(named: "month")?.values == [.month(year: 2026, month: 1), .month(year: 2026, month: 2)])
        #expect(table.column(named: "visits")?.type == .number)
        #expect(table.column(named: "visits")?.values == [.number(1200), .number(1350.5)])
        #expect(table.column(named: "channel")?.values == [.text("web"), .text("phone")])
        #expect(table.columns.map(\.index) == [1, 2, 3])
    }

    @Test func readsSwedishSemicolonExportWithDecimalComma() throws {
        let text = "Månad;Nöjdhet;Besök;Andel\r\n2026-03;87,5;1 234,5;87,5 %\r\n2026-04;88;2\u{00A0}000;90%\r\n"
        let table = try readCSV(text)
        #expect(table.columnNames == ["Månad", "Nöjdhet", "Besök", "Andel"])
        #expect(table.column(named: "Nöjdhet")?.values == [.number(87.5), .number(88)])
        #expect(table.column(named: "Besök")?.values == [.number(1234.5), .number(2000)])
        #expect(table.column(named: "Andel")?.type == .percent)
        #expect(table.column(named: "Andel")?.values == [.number(0.875), .number(0.9)])
    }

    @Test func readsRomanianExportWithDotGrouping() throws {
        let table = try readCSV("luna;vizite\n2026-03;1.234,5\n2026-04;12\u{202F}345\n")
        #expect(table.column(named: "vizite")?.values == [.number(1234.5), .number(12345)])
    }

    @Test func skipsByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("month,n\n2026-01,1\n".utf8)
        let table = try CSVReader().read(bytes, path: "t.csv")
        #expect(table.columnNames == ["month", "n"])
        #expect(table.column(named: "n")?.values == [.number(1)])
    }

    @Test func readsData() throws {
        let table = try CSVReader().read(Data("a,b\n1,2".utf8), path: "t.csv")
        #expect(table.column(named: "b")?.values == [.number(2)])
    }

    @Test func readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() throws {
        let text = "name,note,n\n\"Smith, J\",\"said \"\"hi\"\"\",1\n\"Two\",\"line one\r\nline two\",2\nlast,plain,3\n"
        let table = try readCSV(text)
        #expect(table.column(named: "name")?.values == [.text("Smith, J"), .text("Two"), .text("last")])
        #expect(
            table.column(named: "note")?.values == [
                .text("said \"hi\""), .text("line one\r\nline two"), .text("plain"),
            ])
        #expect(table.rowLines == [2, 3, 5])
    }

    @Test func detectsSeparatorOutsideQuotesOnly() throws {
        let table = try readCSV("\"a;b\",c,d\n1,2,3\n")
        #expect(table.columnNames == ["a;b", "c", "d"])
    }

    @Test func detectsTabSeparator() throws {
        let table = try readCSV("a\tb\n1,5\t2\n")
        #expect(table.columnNames == ["a", "b"])
        #expect(table.column(named: "a")?.values == [.text("1,5")])
    }

    @Test func schemaFixesSeparatorAndDecimalMark() throws {
        let schema = TableSchema(separator: ";", decimalMark: ".")
        let table = try readCSV("a;b\n1.5;2,000\n", schema: schema)
        #expect(table.column(named: "a")?.values == [.number(1.5)])
        #expect(table.column(named: "b")?.values == [.number(2000)])
    }

    @Test func acceptsLastLineWithoutNewlineAndTrailingBlankLines() throws {
        #expect(try readCSV("a,b\n1,2").rowCount == 1)
        #expect(try readCSV("a,b\n1,2\n\n\r\n").rowCount == 1)
    }

    @Test func emptyCellsAreMissingNotZero() throws {
        let table = try readCSV("a;b\n1;\n;2,5\n\"\";3\n")
        #expect(table.column(named: "a")?.type == .number)
        #expect(table.column(named: "a")?.values == [.number(1), .missing, .missing])
        #expect(table.column(named: "b")?.values == [.missing, .number(2.5), .number(3)])
    }

    @Test func declaredTypesOverrideInference() throws {
        let schema = TableSchema(
            columnTypes: ["code": .text, "share": .percent, "time": .duration],
            durationUnits: ["time": .seconds]
        )
        let table = try readCSV("code;share;time\n0042;87,5;90\n0043;12 %;2 min\n", schema: schema)
        #expect(table.column(named: "code")?.values == [.text("0042"), .text("0043")])
        #expect(table.column(named: "share")?.values == [.number(0.875), .number(0.12)])
        #expect(table.column(named: "time")?.values == [.number(90), .number(120)])
    }

    @Test func durationColumnDefaultsToMinutesAndAcceptsUnits() throws {
        let schema = TableSchema(columnTypes: ["t": .duration])
        let table = try readCSV("t\n12\n90s\n12 min\n1:30\n1 h 5 min\n1.5\n", schema: schema)
        #expect(table.column(named: "t")?.values == [720, 90, 720, 90, 3900, 90].map { Cell.number($0) })
    }

    @Test func keepsTextAroundQuotesTrimmed() throws {
        let table = try readCSV("a, b\n x , \"y\" \n")
        #expect(table.columnNames == ["a", "b"])
        #expect(table.column(named: "a")?.values == [.text("x")])
        #expect(table.column(named: "b")?.values == [.text("y")])
    }
}
