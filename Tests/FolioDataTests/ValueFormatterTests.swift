import FolioData
import Testing

@Suite("ValueFormatter")
struct ValueFormatterTests {
    let swedish = ValueFormatter(localeIdentifier: "sv_SE")
    let romanian = ValueFormatter(localeIdentifier: "ro_RO")

    @Test func formatsSwedishNumbersWithNoBreakSpaceGrouping() {
        #expect(swedish.number(1234.5) == "1\u{00A0}234,5")
        #expect(swedish.number(1234.5678) == "1\u{00A0}234,57")
        #expect(swedish.number(2) == "2")
        #expect(swedish.number(0.1, fractionDigits: 2) == "0,10")
        #expect(swedish.number(1_234_567, fractionDigits: 0) == "1\u{00A0}234\u{00A0}567")
        #expect(swedish.number(-1234.5) == "\u{2212}1\u{00A0}234,5")
    }

    @Test func formatsRomanianNumbersWithDotGrouping() {
        #expect(romanian.number(1234.5) == "1.234,5")
        #expect(romanian.number(1234.5678) == "1.234,57")
        #expect(romanian.number(1_234_567, fractionDigits: 0) == "1.234.567")
        #expect(romanian.number(-1234.5) == "-1.234,5")
        #expect(romanian.number(3, fractionDigits: 7) == "3,0000000")
    }

    @Test func formatsPercentages() {
        #expect(swedish.percent(0.87) == "87\u{00A0}%")
        #expect(swedish.percent(0.875, fractionDigits: 1) == "87,5\u{00A0}%")
        #expect(romanian.percent(0.87) == "87\u{00A0}%")
        #expect(romanian.percent(0.875, fractionDigits: 1).withPlainSpaces == "87,5 %")
    }

    @Test func namesMonthsInTheLocale() {
        #expect(swedish.month(year: 2026, month: 3) == "mars 2026")
        #expect(romanian.month(year: 2026, month: 3) == "martie 2026")
        #expect(swedish.month(year: 2026, month: 12) == "december 2026")
        #expect(romanian.month(year: 2026, month: 1) == "ianuarie 2026")
    }

    @Test func abbreviatesMonthsForAxisTicks() {
        #expect(swedish.shortMonth(year: 2026, month: 3) == "mars 2026")
        #expect(swedish.shortMonth(year: 2026, month: 9) == "sep. 2026")
        #expect(romanian.shortMonth(year: 2026, month: 3) == "mar. 2026")
        #expect(romanian.shortMonth(year: 2026, month: 9) == "sept. 2026")
    }

    @Test func fallsBackToISOForImpossibleMonths() {
        #expect(swedish.month(year: 2026, month: 13) == "2026-13")
        #expect(swedish.day(year: 2026, month: 2, day: 30) == "2026-02-30")
    }

    @Test func formatsDurationsInMinutesAndHours() {
        #expect(swedish.duration(seconds: 720) == "12\u{00A0}min")
        #expect(romanian.duration(seconds: 720) == "12\u{00A0}min")
        #expect(swedish.duration(seconds: 3900).withPlainSpaces == "1 h 5 min")
        #expect(romanian.duration(seconds: 7200).withPlainSpaces == "2 h")
        #expect(swedish.duration(seconds: 45).withPlainSpaces == "45 s")
        #expect(swedish.duration(seconds: 0).withPlainSpaces == "0 min")
    }

    @Test func formatsDurationsInTheUnitPairTheirMagnitudeNeeds() {
        #expect(swedish.duration(seconds: 90).withPlainSpaces == "1 min 30 s")
        #expect(romanian.duration(seconds: 90).withPlainSpaces == "1 min 30 s")
        #expect(swedish.duration(seconds: 566 * 60).withPlainSpaces == "9 h 26 min")
        #expect(swedish.duration(seconds: 59.6).withPlainSpaces == "1 min")
        #expect(swedish.duration(seconds: 3599.6).withPlainSpaces == "1 h")
        #expect(
            swedish.duration(seconds: -90).withPlainSpaces == "−1 min 30 s"
                || swedish.duration(seconds: -90).withPlainSpaces == "-1 min 30 s")
        #expect(swedish.duration(seconds: 28.5 * 3600).withPlainSpaces == "28 h 30 min")
    }

    @Test func formatsCellsByColumnType() {
        #expect(swedish.format(.missing, as: .number) == "–")
        #expect(swedish.format(.number(0.875), as: .percent, fractionDigits: 1).withPlainSpaces == "87,5 %")
        #expect(swedish.format(.number(720), as: .duration).withPlainSpaces == "12 min")
        #expect(romanian.format(.number(1234.5), as: .number) == "1.234,5")
        #expect(romanian.format(.month(year: 2026, month: 3), as: .month) == "martie 2026")
        #expect(swedish.format(.day(year: 2026, month: 3, day: 1), as: .date) == "1 mars 2026")
        #expect(swedish.format(.text("Webb"), as: .text) == "Webb")
    }

    /// Days in CLDR's long date form of each locale: the ordinal dot in German and the Nordic
    /// languages, month first in American English; Swedish and Romanian as before.
    @Test(arguments: [
        ("sv_SE", "1 mars 2026"), ("ro_RO", "1 martie 2026"), ("en_GB", "1 March 2026"), ("en_US", "March 1, 2026"),
        ("de_DE", "1. März 2026"), ("fi_FI", "1. maaliskuuta 2026"), ("nb_NO", "1. mars 2026"),
        ("da_DK", "1. marts 2026"),
    ])
    func namesDaysInTheLocalesLongForm(locale: String, expected: String) {
        let formatter = ValueFormatter(localeIdentifier: locale)
        #expect(formatter.format(.day(year: 2026, month: 3, day: 1), as: .date) == expected)
    }

    @Test func parsesNumbersAsTheLocaleWritesThem() {
        #expect(swedish.parseNumber("1\u{00A0}234,5") == 1234.5)
        #expect(swedish.parseNumber(swedish.number(-1234.5)) == -1234.5)
        #expect(romanian.parseNumber("1.234,5") == 1234.5)
        #expect(romanian.parseNumber("abc") == nil)
    }
}
