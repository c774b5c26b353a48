import FolioData
import FolioQuery
import NIOCore
import PostgresNIO
import Testing

@testable import FolioSources

/// `ColumnEncoder` writes cells as bytes without a `String` each; these tests hold it to the `String` path it
/// replaced (`CSVWriter.field(CellText.text(cell))`, and the ISO look for a text column's type), cell by cell.
@Suite struct ColumnEncoderTests {
    private func cell(_ bytes: ByteBuffer?, _ type: PostgresDataType) -> PostgresCell {
        PostgresCell(bytes: bytes, dataType: type, format: .binary, columnName: "c", columnIndex: 0)
    }

    private func text(_ utf8: [UInt8]) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeBytes(utf8)
        return buffer
    }

    /// Encodes `cells` as one column, row by row, and checks every field and the column's type against the
    /// String path.
    private func expectSameAsStringPath(_ cells: [PostgresCell], _ type: PostgresDataType) throws {
        var encoder = try #require(ColumnEncoder(type: type, format: .binary))
        var allMonths = encoder.kind == .text
        var allDays = encoder.kind == .text
        for cell in cells {
            var out: [UInt8] = Array("x,".utf8)
            try encoder.append(cell, to: &out)
            let expected = try CellText.text(cell)
            #expect(String(decoding: out.dropFirst(2), as: UTF8.self) == expected.map(CSVWriter.field) ?? "")
            #expect(Array(out.dropFirst(2)) == Array((expected.map(CSVWriter.field) ?? "").utf8))
            if let expected {
                if ISOText.month(expected) == nil { allMonths = false }
                if ISOText.day(expected) == nil { allDays = false }
            }
        }
        let rows = cells.count
        let oracle: ColumnType =
            switch encoder.kind {
            case .number: .number
            case .date: .date
            case .text: rows > 0 && allMonths ? .month : rows > 0 && allDays ? .date : .text
            }
        #expect(encoder.type(rows: rows) == oracle)
    }

    static let hostileTexts: [[UInt8]] =
        [
            "", "a", "plain", "București", "Malmö", "ändå", "x,y", "say \"hi\"", "\"", "line\nbreak", "cr\rx",
            " lead", "trail ", "\tTab", "nbsp\u{A0}", "\u{A0}nbsp", "\u{2003}em", "ok\u{2003}", "2026-03", "2026-13",
            "2026-03-01", "2026-02-30", "2024-02-29", "2026-3-01", "٢٠٢٦-٠٣", "#1", "=1+1", "a\u{301}", "🙂", "x🙂y",
            "\u{0}nul", "end\u{0}",
        ].map { Array($0.utf8) } + [
            [0x61, 0xFF, 0x62], [0xC3], [0x61, 0xC3, 0x28, 0x62], [0xE2, 0x82], [0x61, 0xED, 0xA0, 0x80, 0x62],
            [0x61, 0xF4, 0x90, 0x80, 0x80, 0x62], [0x61, 0xC0, 0xAF, 0x62], [0x80, 0x61],
        ]

    @Test(arguments: [PostgresDataType.text, .varchar, .bpchar, .name])
    func textIsWrittenAsTheStringPathWritesIt(type: PostgresDataType) throws {
        try expectSameAsStringPath(Self.hostileTexts.map { cell(text($0), type) } + [cell(nil, type)], type)
    }

    @Test func aColumnOfMonthsOrDaysReadsBackAsOne() throws {
        for (values, type) in [
            (["2026-01", "2026-02"], ColumnType.month), (["2026-01-31", "2024-02-29"], .date),
            (["2026-01", ""], .text), (["2026-01-31", "2026-02-30"], .text), (["2026-01", "2026-01-01"], .text),
        ] {
            var encoder = try #require(ColumnEncoder(type: .text, format: .binary))
            var out: [UInt8] = []
            for value in values { try encoder.append(cell(text(Array(value.utf8)), .text), to: &out) }
            #expect(encoder.type(rows: values.count) == type, "\(values)")
            try expectSameAsStringPath(values.map { cell(text(Array($0.utf8)), .text) }, .text)
        }
    }

    @Test func integersBooleansAndFloats() throws {
        var generator = SystemRandomNumberGenerator()
        var int2: [PostgresCell] = [Int16.min, -1, 0, 1, Int16.max].map { cell(ByteBuffer(integer: $0), .int2) }
        var int4: [PostgresCell] = [Int32.min, -10, 0, 9, 10, Int32.max].map { cell(ByteBuffer(integer: $0), .int4) }
        var int8: [PostgresCell] = [Int64.min, -100, 0, 99, Int64.max].map { cell(ByteBuffer(integer: $0), .int8) }
        for _ in 0..<200 {
            int2.append(cell(ByteBuffer(integer: Int16.random(in: .min ... .max, using: &generator)), .int2))
            int4.append(cell(ByteBuffer(integer: Int32.random(in: .min ... .max, using: &generator)), .int4))
            int8.append(cell(ByteBuffer(integer: Int64.random(in: .min ... .max, using: &generator)), .int8))
        }
        try expectSameAsStringPath(int2 + [cell(nil, .int2)], .int2)
        try expectSameAsStringPath(int4, .int4)
        try expectSameAsStringPath(int8, .int8)
        try expectSameAsStringPath([0, 1, 2].map { cell(ByteBuffer(integer: UInt8($0)), .bool) }, .bool)
        let doubles: [Double] = [
            0, -0.0, 1, -1, 0.5, 1e15, 1e15 - 1, -1e15 + 1, 1e300, .leastNonzeroMagnitude, 3.14159, 2.5e-7,
        ]
        try expectSameAsStringPath(doubles.map { cell(ByteBuffer(integer: $0.bitPattern), .float8) }, .float8)
        try expectSameAsStringPath(
            doubles.filter { abs($0) < 1e30 }.map { cell(ByteBuffer(integer: Float($0).bitPattern), .float4) }, .float4)
    }

    @Test func daysAndTimestamps() throws {
        let days: [Int32] = [0, -1, 59, 9556, -730_120, 2_932_896, -2_451_545, 1_000_000, -1_000_000]
        try expectSameAsStringPath(days.map { cell(ByteBuffer(integer: $0), .date) }, .date)
        let micros: [Int64] = [0, -1, 1, 86_400_000_000, -86_400_000_001, 825_640_200_000_000, 825_640_200_250_000]
        try expectSameAsStringPath(micros.map { cell(ByteBuffer(integer: $0), .timestamp) }, .timestamp)
        try expectSameAsStringPath(micros.map { cell(ByteBuffer(integer: $0), .timestamptz) }, .timestamptz)
    }

    @Test func infiniteAndNaNValuesAreRefusedAsBefore() throws {
        for (bytes, type) in [
            (ByteBuffer(integer: Int32.max), PostgresDataType.date), (ByteBuffer(integer: Int64.min), .timestamp),
            (ByteBuffer(integer: Double.nan.bitPattern), .float8),
            (ByteBuffer(integer: Double.infinity.bitPattern), .float8),
        ] {
            var encoder = try #require(ColumnEncoder(type: type, format: .binary))
            var out: [UInt8] = []
            #expect(throws: CellText.Unwritable.self) { try encoder.append(cell(bytes, type), to: &out) }
            #expect(throws: CellText.Unwritable.self) { try CellText.text(cell(bytes, type)) }
        }
    }

    @Test func aTypeASnapshotCannotHoldHasNoEncoder() {
        #expect(ColumnEncoder(type: .bytea, format: .binary) == nil)
        #expect(ColumnEncoder(type: .point, format: .binary) == nil)
    }
}
