import NIOCore
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

    @Test func postgresPositionsCountCharactersNotBytes() {
        let sql = "-- källa\nSELECT å FROM x"
        // Character 17 (1-based) is the `å` of the second line; its byte offset counts `ä` as two bytes.
        #expect(PullProblem.byteOffset(ofCharacter: 16, in: sql) == 17)
    }
}
