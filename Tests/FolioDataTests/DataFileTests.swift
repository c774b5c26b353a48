import FolioDiagnostics
import FolioTestSupport
import Testing

@testable import FolioData

/// `DataFile`: a streamed CSV file becomes a table only when asked, once, equal to what `CSVReader` reads.
@Suite struct DataFileTests {
    static let bytes = Array("month,csat\n2026-01,87.5\n2026-02,88\n".utf8)
    static let schema = TableSchema(columnTypes: ["csat": .percent])

    func streamed(_ bytes: [UInt8] = bytes, schema: TableSchema = schema) throws -> DataFile {
        guard case let .stream(stream) = try CSVStream.open(bytes, path: "data.csv", schema: schema) else {
            throw Diagnostic(SourceLocation(path: "data.csv"), "the file did not stream")
        }
        return DataFile(stream: stream)
    }

    @Test func streamedFileIsReadIntoATableOnlyWhenAsked() throws {
        let file = try streamed()
        #expect(!file.isHeld)
        #expect(file.shape.columns.map(\.type) == [.month, .percent])
        #expect(file.shape.rowCount == 0)
        let table = try file.table()
        #expect(file.isHeld)
        #expect(table == (try CSVReader(schema: Self.schema).read(Self.bytes, path: "data.csv")))
        #expect(try file.table() == table)
    }

    @Test func filesAreEqualByTheirBytesAndSchema() throws {
        #expect(try streamed() == streamed())
        #expect(try streamed() != streamed(Array("month,csat\n2026-01,87.5\n".utf8)))
        let table = try CSVReader(schema: Self.schema).read(Self.bytes, path: "data.csv")
        #expect(DataFile(table: table) == DataFile(table: table))
        #expect(try streamed() != DataFile(table: table), "a stream and a table never count as the same")
    }

    /// Every CSV file now goes through the stream: a 30-digit number overflowed `PlainDecimal`'s mantissa.
    @Test func hugeNumberStreamsAsTheReaderReadsIt() throws {
        let bytes = Array("month,calls\n2026-01,12\n2026-02,\(String(repeating: "9", count: 30))\n".utf8)
        let file = try streamed(bytes, schema: TableSchema())
        try file.stream?.validate()
        #expect(try file.table() == CSVReader().read(bytes, path: "data.csv"))
        #expect(try file.table().columns[1].values[1].number == 1e30)
    }

    @Test func validateReportsTheBadCellWhereTheReaderDoes() throws {
        let bytes = Array("month,csat\n2026-01,87.5\n2026-02,lots\n".utf8)
        let file = try streamed(bytes)
        let streamedError = diagnostic { try file.stream?.validate() }
        let readerError = diagnostic { try CSVReader(schema: Self.schema).read(bytes, path: "data.csv") }
        #expect(streamedError == readerError)
        #expect(streamedError?.location == SourceLocation(path: "data.csv", line: 3, column: 9))
    }
}
