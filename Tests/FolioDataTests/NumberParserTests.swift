import FolioData
import Testing

@Suite("NumberParser")
struct NumberParserTests {
    let point = NumberParser(decimalMark: ".")
    let comma = NumberParser(decimalMark: ",")

    @Test func readsPlainAndSignedNumbers() {
        #expect(point.number(from: "1234.5") == 1234.5)
        #expect(point.number(from: " -3 ") == -3)
        #expect(point.number(from: "+0.25") == 0.25)
        #expect(point.number(from: ".5") == 0.5)
        #expect(comma.number(from: "\u{2212}2,5") == -2.5)
    }

    /// The plain-shape fast path reads exactly what the general loop reads, and refuses what it refuses.
    @Test func readsPlainShapesLikeTheGeneralLoop() {
        #expect(point.number(from: "3.25") == 3.25)
        #expect(comma.number(from: "3,25") == 3.25)
        #expect(point.number(from: "-12") == -12)
        #expect(point.number(from: "007") == 7)
        #expect(point.number(from: "-0")?.sign == .minus)
        #expect(point.number(from: "1,5") == nil)
        #expect(comma.number(from: "1.5") == nil)
        #expect(point.number(from: "1.") == nil)
        #expect(point.number(from: "1.2.3") == nil)
        #expect(point.number(from: "--1") == nil)
        #expect(point.number(from: "1-") == nil)
        #expect(point.number(from: "-") == nil)
        #expect(point.number(from: String(repeating: "9", count: 400)) == nil)
    }

    @Test func acceptsSpaceLikeGroupingInThrees() {
        #expect(comma.number(from: "1 234,5") == 1234.5)
        #expect(comma.number(from: "1\u{00A0}234\u{00A0}567") == 1_234_567)
        #expect(comma.number(from: "12\u{202F}345,25") == 12345.25)
        #expect(comma.number(from: "1.234,5") == 1234.5)
        #expect(point.number(from: "1,234.5") == 1234.5)
    }

    @Test func rejectsMalformedGrouping() {
        #expect(comma.number(from: "12 34") == nil)
        #expect(comma.number(from: "1.5") == nil)
        #expect(point.number(from: "1,5") == nil)
        #expect(comma.number(from: "1 234 5") == nil)
    }

    @Test func rejectsNonNumbers() {
        for text in ["", "-", "abc", "1,", "12a", "1e5", "87 %", "2026-03", "1,2,3"] {
            #expect(comma.number(from: text) == nil, "\(text)")
        }
    }

    @Test func readsPercentagesAsFractions() {
        #expect(comma.percentFraction(from: "87,5 %") == 0.875)
        #expect(comma.percentFraction(from: "90%") == 0.9)
        #expect(point.percentFraction(from: "12.5\u{00A0}%") == 0.125)
        #expect(point.percentFraction(from: "12.5") == nil)
        #expect(point.percentFraction(from: "%") == nil)
    }
}
