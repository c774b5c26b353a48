import FolioData
import Testing

@Suite struct CSVWriterTests {
    @Test func plainFieldsAreWrittenAsTheyAre() {
        #expect(CSVWriter.line(["2026-03", "phone", "12.5", ""]) == "2026-03,phone,12.5,\n")
    }

    @Test func appendingBytesWritesTheSameLine() {
        var bytes: [UInt8] = []
        CSVWriter.append(["a,b", nil, "3", " x"], to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == CSVWriter.line(["a,b", "", "3", " x"]))
    }

    @Test func fieldsThatWouldNotReadBackAreQuoted() {
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.field(" padded ") == "\" padded \"")
    }

    @Test func whatIsWrittenReadsBackAsTheSameCells() throws {
        let rows = [
            ["name", "note", "n"], ["Malmö, Skåne", "she said \"yes\"\nthen left", "3"], [" x ", "", "4.25"],
        ]
        let text = rows.map(CSVWriter.line).joined()
        let schema = TableSchema(columnTypes: ["name": .text, "note": .text])
        let table = try CSVReader(schema: schema).read(Array(text.utf8), path: "t.csv")
        // Like every data file, a cell reads back trimmed of surrounding white space.
        #expect(table.column(named: "name")?.values == [.text("Malmö, Skåne"), .text("x")])
        #expect(table.column(named: "note")?.values == [.text("she said \"yes\"\nthen left"), .missing])
        #expect(table.column(named: "n")?.values == [.number(3), .number(4.25)])
    }
}
