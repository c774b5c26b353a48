import Testing

@testable import FolioData

@Suite("ISODate")
struct ISODateTests {
    @Test func readsShapes() throws {
        #expect(try #require(ISODate.monthShape("2026-03")) == (2026, 3))
        #expect(try #require(ISODate.dayShape("2026-03-01")) == (2026, 3, 1))
        #expect(ISODate.monthShape("2026-3") == nil)
        #expect(ISODate.monthShape("2026-03-01") == nil)
        #expect(ISODate.dayShape("2026-03") == nil)
        #expect(ISODate.dayShape("26-03-01") == nil)
        #expect(ISODate.monthShape("２０２６-03") == nil)
    }

    @Test func countsDaysWithGregorianLeapYears() {
        #expect(ISODate.days(inMonth: 2, year: 2024) == 29)
        #expect(ISODate.days(inMonth: 2, year: 2026) == 28)
        #expect(ISODate.days(inMonth: 2, year: 1900) == 28)
        #expect(ISODate.days(inMonth: 2, year: 2000) == 29)
        #expect(ISODate.days(inMonth: 4, year: 2026) == 30)
        #expect(ISODate.days(inMonth: 12, year: 2026) == 31)
    }
}
