import FolioData
import FolioDiagnostics
import FolioTestSupport
import Testing

extension CSVReaderTests {
    @Test func reportsInvalidUTF8AtFirstBadByte() {
        // "Besök" in Windows-1252: ö is the single byte 0xF6.
        let bytes = Array("a;b\n1;2\nx;Bes".utf8) + [0xF6, 0x6B] + Array("\n".utf8)
        let found = diagnostics { try CSVReader().read(bytes, path: "data/t.csv") }
        #expect(found.count == 1)
        #expect(found.first?.description.hasPrefix("data/t.csv:3:6: error: file is not valid UTF-8") == true)
        #expect(found.first?.hint?.contains("UTF-8") == true)
    }

    @Test func countsInvalidUTF8ColumnInCharactersAfterBOM() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("å,b\nä".utf8) + [0xFF]
        #expect(diagnostics { try CSVReader().read(bytes, path: "t.csv") }.map(\.position) == ["2:2"])
    }

    @Test func reportsUnterminatedQuoteAtOpeningQuote() {
        let found = diagnostics { try readCSV("a,b\n1,2\n3,\"open\n4,5\n") }
        #expect(found.map(\.position) == ["3:3"])
        #expect(found.first?.message == "quoted field is never closed")
        #expect(found.first?.hint != nil)
    }

    @Test func reportsTextAfterClosingQuote() {
        let found = diagnostics { try readCSV("a,b\n\"x\"y,2\n") }
        #expect(found.map(\.position) == ["2:4"])
    }

    @Test func reportsRowsWithWrongFieldCountTogether() {
        let found = diagnostics { try readCSV("a;b;c\n1;2;3\n1;2\n1;2;3;4\n") }
        #expect(found.map(\.position) == ["3:4", "4:7"])
        #expect(found.first?.message == "row has 2 fields, expected 3 like the header")
        #expect(found.last?.message == "row has 4 fields, expected 3 like the header")
        #expect(found.allSatisfy { $0.hint != nil })
    }

    @Test func reportsValueThatDoesNotFitDeclaredType() {
        let schema = TableSchema(columnTypes: ["csat": .number])
        let found = diagnostics { try readCSV("month;csat\n2026-01;87,5\n2026-02;abc\n", schema: schema) }
        #expect(found.map(\.position) == ["3:9"])
        #expect(found.first?.message == "'abc' in column 'csat' is not a number")
        #expect(found.first?.hint?.contains("1234,5") == true)
    }

    @Test func reportsInvalidMonthAndDay() {
        let found = diagnostics { try readCSV("m,d\n2026-13,2026-02-29\n2026-01,2024-02-29\n") }
        #expect(found.map(\.position) == ["2:1", "2:9"])
        #expect(found.first?.message.contains("months run from 01 to 12") == true)
        #expect(found.last?.message == "'2026-02-29' is not a valid date: month 2 of 2026 has 28 days")
    }

    @Test func reportsDuplicateAndEmptyColumnNames() {
        let found = diagnostics { try readCSV("a,b,a,\n1,2,3,4\n") }
        #expect(found.map(\.position) == ["1:5", "1:7"])
        #expect(found.first?.message == "column name 'a' is used twice (columns 1 and 3)")
        #expect(found.last?.message == "column 4 has no name")
    }

    @Test func reportsEmptyFile() {
        for text in ["", "\n\n", "\u{FEFF}"] {
            let found = diagnostics { try readCSV(text) }
            #expect(
                found.map(\.description) == [
                    "data/t.csv:1:1: error: data file is empty\n  help: Add a header row naming the columns, then one row per data point."
                ])
        }
    }

    @Test func reportsHeaderWithoutRows() {
        let found = diagnostics { try readCSV("a,b\n\n") }
        #expect(found.map(\.position) == ["1:1"])
        #expect(found.first?.message == "data file has a header but no data rows")
    }

    @Test func reportsSchemaColumnMissingFromFile() {
        let found = diagnostics { try readCSV("a\n1\n", schema: TableSchema(columnTypes: ["csatt": .number])) }
        #expect(found.first?.message == "schema declares column 'csatt', which is not in the file (has: a)")
    }

    @Test func capsReportedProblems() {
        let rows = (1...30).map { "x\($0)" }.joined(separator: "\n")
        let found = diagnostics { try readCSV("n\n" + rows + "\n", schema: TableSchema(columnTypes: ["n": .number])) }
        #expect(found.count == 21)
        #expect(found.last?.message == "10 more problems in this file not shown")
        #expect(found.first?.position == "2:1")
    }
}
