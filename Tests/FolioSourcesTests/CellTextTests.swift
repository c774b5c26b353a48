import NIOCore
import PostgresNIO
import Testing

@testable import FolioSources

@Suite struct CellTextTests {
    @Test func daysCountFromTwoThousand() {
        #expect(CellText.day(0) == "2000-01-01")
        #expect(CellText.day(-1) == "1999-12-31")
        #expect(CellText.day(9556) == "2026-03-01")
        #expect(CellText.day(59) == "2000-02-29")
    }

    @Test func timestampsAreISOText() {
        #expect(CellText.timestamp(0) == "2000-01-01T00:00:00")
        #expect(CellText.timestamp((9556 * 86_400 + 8 * 3600 + 30 * 60) * 1_000_000) == "2026-03-01T08:30:00")
        #expect(CellText.timestamp(-1) == "1999-12-31T23:59:59.999999")
    }

    /// `numeric` in PostgreSQL's binary form: digit count, weight, sign, scale, then base-10000 groups.
    private func numeric(_ groups: [Int16], weight: Int16, negative: Bool = false) throws -> String? {
        var buffer = ByteBuffer()
        buffer.writeInteger(Int16(groups.count))
        buffer.writeInteger(weight)
        buffer.writeInteger(UInt16(negative ? 0x4000 : 0))
        buffer.writeInteger(Int16(4))
        for group in groups { buffer.writeInteger(group) }
        return try CellText.numeric(&buffer)
    }

    @Test func numericsArePlainDecimalTextWithoutTrailingZeros() throws {
        #expect(try numeric([616], weight: 0) == "616")
        #expect(try numeric([8, 8000], weight: 0) == "8.8")
        #expect(try numeric([1, 2345, 6000], weight: 1) == "12345.6")
        #expect(try numeric([1], weight: 2) == "100000000")
        #expect(try numeric([363], weight: -1) == "0.0363")
        #expect(try numeric([5], weight: -2) == "0.00000005")
        #expect(try numeric([12, 5000], weight: 0, negative: true) == "-12.5")
        #expect(try numeric([], weight: 0) == "0")
    }

    /// The first reading of `numeric` (groups into an array, then text): the oracle for the byte writer that
    /// replaced it.
    private func oracleNumeric(_ groups: [Int], weight: Int, negative: Bool) -> String {
        func digits(_ group: Int, padded: Bool) -> String {
            padded ? String(repeating: "0", count: 4 - String(group).count) + String(group) : String(group)
        }
        var text = ""
        if weight < 0 {
            text = "0"
        } else {
            for index in 0...weight { text += digits(index < groups.count ? groups[index] : 0, padded: index != 0) }
        }
        var fraction = ""
        if weight + 1 < groups.count {
            for index in (weight + 1)..<groups.count { fraction += digits(index < 0 ? 0 : groups[index], padded: true) }
        }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if !fraction.isEmpty { text += "." + fraction }
        return (negative && text != "0" ? "-" : "") + text
    }

    @Test func numericsMatchTheGroupByGroupReading() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let count = Int.random(in: 0...6, using: &generator)
            let groups = (0..<count).map { _ in
                Bool.random(using: &generator) ? 0 : Int.random(in: 0...9999, using: &generator)
            }
            let weight = Int.random(in: -4...5, using: &generator)
            let negative = Bool.random(using: &generator)
            let expected = oracleNumeric(groups, weight: weight, negative: negative)
            let actual = try numeric(groups.map { Int16($0) }, weight: Int16(weight), negative: negative)
            #expect(actual == expected, "groups \(groups), weight \(weight), negative \(negative)")
        }
    }

    @Test func aNumericCutShortReadsAsNothing() throws {
        var buffer = ByteBuffer()
        buffer.writeInteger(Int16(3))
        buffer.writeInteger(Int16(1))
        buffer.writeInteger(UInt16(0))
        buffer.writeInteger(Int16(4))
        buffer.writeInteger(Int16(12))
        #expect(try CellText.numeric(&buffer) == nil)
    }

    /// A group outside 0...9999 is not a numeric the reader knows: nothing is written (the old reader trapped
    /// on a negative one).
    @Test(arguments: [Int16(-1), Int16(10000), Int16.min])
    func aNumericGroupOutOfRangeReadsAsNothing(group: Int16) throws {
        #expect(try numeric([1, group], weight: 1) == nil)
        #expect(try numeric([group], weight: -1, negative: true) == nil)
        var encoder = try #require(ColumnEncoder(type: .numeric, format: .binary))
        var buffer = ByteBuffer()
        for value in [Int16(1), 0, 0x4000, 0, group] { buffer.writeInteger(value) }
        var out: [UInt8] = Array("x,".utf8)
        try encoder.append(
            PostgresCell(bytes: buffer, dataType: .numeric, format: .binary, columnName: "n", columnIndex: 0),
            to: &out)
        #expect(out == Array("x,".utf8))
    }

    @Test func postgresPositionsCountCharactersNotBytes() {
        let sql = "-- källa\nSELECT å FROM x"
        // Character 17 (1-based) is the `å` of the second line; its byte offset counts `ä` as two bytes.
        #expect(PullProblem.byteOffset(ofCharacter: 16, in: sql) == 17)
    }
}
