import Testing

@testable import FolioData

/// Periods written by authors outside data files: parsed strictly, counted in days.
@Suite struct PeriodTests {
    @Test func parsesMonthsAndValidDaysOnly() {
        #expect(Period.cell("2025-07") == .month(year: 2025, month: 7))
        #expect(Period.cell("2024-02-29") == .day(year: 2024, month: 2, day: 29))
        #expect(Period.cell("2025-02-29") == nil)
        #expect(Period.cell("2025-13") == nil)
        #expect(Period.cell("2025-7") == nil)
        #expect(Period.cell("juli 2025") == nil)
        #expect(Period.cell("") == nil)
    }

    @Test func countsDaysFromTheUnixEpoch() {
        #expect(Period.dayNumber(of: .day(year: 1970, month: 1, day: 1)) == 0)
        #expect(Period.dayNumber(of: .day(year: 2000, month: 3, day: 1)) == 11_017)
        #expect(
            Period.dayNumber(of: .month(year: 2025, month: 10))
                == Period.dayNumber(of: .day(year: 2025, month: 10, day: 1)))
        let august = Period.dayNumber(of: .month(year: 2025, month: 8)) ?? 0
        #expect((Period.dayNumber(of: .month(year: 2025, month: 10)) ?? 0) - august == 61)
        #expect(Period.dayNumber(of: .number(3)) == nil)
    }

    @Test func spellsPeriodsInISOForm() {
        #expect(Period.isoText(of: .month(year: 2025, month: 7)) == "2025-07")
        #expect(Period.isoText(of: .day(year: 2025, month: 7, day: 5)) == "2025-07-05")
        #expect(Period.isoText(of: .text("x")) == nil)
    }
}
