import FolioData
import FolioTestSupport
import Testing

@Suite("JSONTableReader")
struct JSONTableReaderTests {
    @Test func readsArrayOfFlatObjectsInKeyOrder() throws {
        let json = """
            [
              {"month": "2026-01", "visits": 1200, "channel": "web", "share": "87,5 %"},
              {"month": "2026-02", "visits": 1350.5, "channel": null, "extra": true, "share": "90 %"}
            ]
            """
        let table = try readJSON(json, schema: TableSchema(decimalMark: ","))
        #expect(table.columnNames == ["month", "visits", "channel", "share", "extra"])
        #expect(table.rowLines == [2, 3])
        #expect(table.column(named: "month")?.type == .month)
        #expect(table.column(named: "visits")?.values == [.number(1200), .number(1350.5)])
        #expect(table.column(named: "channel")?.values == [.text("web"), .missing])
        #expect(table.column(named: "share")?.values == [.number(0.875), .number(0.9)])
        #expect(table.column(named: "extra")?.values == [.missing, .text("true")])
    }

    @Test func appliesDeclaredTypesToJSONNumbers() throws {
        let schema = TableSchema(columnTypes: ["csat": .percent, "time": .duration, "code": .text])
        let table = try readJSON(
            #"[{"csat": 87.5, "time": 12, "code": 42}, {"csat": null, "time": "90s", "code": 1e3}]"#, schema: schema)
        #expect(table.column(named: "csat")?.values == [.number(0.875), .missing])
        #expect(table.column(named: "time")?.values == [.number(720), .number(90)])
        #expect(table.column(named: "code")?.values == [.text("42"), .text("1e3")])
    }

    @Test func decodesStringEscapes() throws {
        let table = try readJSON(#"[{"name": "Malm\u00f6 \"C\"\n\ud83d\ude00"}]"#)
        #expect(table.column(named: "name")?.values == [.text("Malmö \"C\"\n😀")])
    }

    @Test func reportsNestedValuesWithKeyAndRow() {
        let found = diagnostics { try readJSON("[\n{\"a\": 1},\n{\"a\": 2, \"b\": {\"c\": 1}},\n{\"a\": [1]}\n]") }
        #expect(found.map(\.position) == ["3:15", "4:7"])
        #expect(found.first?.message == "key 'b' in row 2 holds an object; table values must be flat")
        #expect(found.last?.message == "key 'a' in row 3 holds an array; table values must be flat")
    }

    @Test func reportsInvalidJSONWithPosition() {
        let found = diagnostics { try readJSON("[\n  {\"a\": 1,}\n]") }
        #expect(found.map(\.position) == ["2:11"])
        #expect(found.first?.message == "invalid JSON: expected a quoted key")
        #expect(
            diagnostics { try readJSON("[{\"a\": \"open}]") }.first?.message == "invalid JSON: string is never closed")
        #expect(diagnostics { try readJSON("[{\"a\": 1}] x") }.map(\.position) == ["1:12"])
    }

    @Test func reportsWrongShapes() {
        #expect(
            diagnostics { try readJSON("{\"a\": 1}") }.first?.message
                == "expected an array of objects at the top level, found an object")
        #expect(diagnostics { try readJSON("[]") }.first?.message == "data file has no rows")
        #expect(diagnostics { try readJSON("  ") }.first?.message == "data file is empty")
        #expect(
            diagnostics { try readJSON("[{\"a\": 1}, 2]") }.first?.message == "row 2 is a number, expected an object")
        #expect(
            diagnostics { try readJSON("[{\"a\": 1, \"a\": 2}]") }.first?.message == "key 'a' appears twice in row 1")
    }

    @Test func reportsValueNotFittingItsTypeAtTheValue() {
        let schema = TableSchema(columnTypes: ["n": .number])
        let found = diagnostics { try readJSON("[{\"n\": 1},\n {\"n\": \"abc\"}]", schema: schema) }
        #expect(found.map(\.position) == ["2:8"])
        #expect(found.first?.message == "'abc' in column 'n' is not a number")
    }

    @Test func capsNestingDepth() {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(diagnostics { try readJSON(deep) }.first?.message.contains("nested more than") == true)
    }

    @Test func reportsInvalidUTF8() {
        let bytes = Array("[{\"a\": \"".utf8) + [0xC3, 0x28] + Array("\"}]".utf8)
        let found = diagnostics { try JSONTableReader().read(bytes, path: "t.json") }
        #expect(found.map(\.position) == ["1:9"])
    }
}
