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

    @Test func postgresPositionsCountCharactersNotBytes() {
        let sql = "-- källa\nSELECT å FROM x"
        // Character 17 (1-based) is the `å` of the second line; its byte offset counts `ä` as two bytes.
        #expect(PullProblem.byteOffset(ofCharacter: 16, in: sql) == 17)
    }
}
