import Testing

@testable import FolioData

@Suite("DurationParser")
struct DurationParserTests {
    let minutes = DurationParser(numbers: NumberParser(decimalMark: ","), plainUnit: .minutes)

    @Test func readsPlainNumbersInTheDeclaredUnit() {
        #expect(minutes.parse("12")?.seconds == 720)
        #expect(minutes.parse("1,5")?.seconds == 90)
        #expect(minutes.parse("12")?.isExplicit == false)
        let hours = DurationParser(numbers: NumberParser(), plainUnit: .hours)
        #expect(hours.parse("1.5")?.seconds == 5400)
    }

    @Test func readsUnitsAndCombinations() {
        #expect(minutes.parse("90s")?.seconds == 90)
        #expect(minutes.parse("90 s")?.seconds == 90)
        #expect(minutes.parse("12 min")?.seconds == 720)
        #expect(minutes.parse("1 h 5 min")?.seconds == 3900)
        #expect(minutes.parse("1,5 h")?.seconds == 5400)
        #expect(minutes.parse("2 tim")?.seconds == 7200)
        #expect(minutes.parse("12 min")?.isExplicit == true)
    }

    @Test func readsClockForms() {
        #expect(minutes.parse("1:30")?.seconds == 90)
        #expect(minutes.parse("1:02:03")?.seconds == 3723)
        #expect(minutes.parse("1:30")?.isExplicit == true)
    }

    @Test func rejectsOtherText() {
        for text in ["", "abc", "12 parsecs", "1:75", "1:", ":30", "1:2:3:4", "5 10 min", "min"] {
            #expect(minutes.parse(text) == nil, "\(text)")
        }
    }
}
