import FolioData
import Testing

@Suite struct PrecisionTests {
    @Test func countsTheDecimalsAValueIsWrittenWith() {
        #expect(Precision.decimals(of: 4.0) == 0)
        #expect(Precision.decimals(of: 4.4) == 1)
        #expect(Precision.decimals(of: 0.97) == 2)
        #expect(Precision.decimals(of: 1.0 / 3) == 3)
    }

    @Test func readsPercentsInPercentPoints() {
        #expect(Precision.decimals(of: 0.835, scale: 100) == 1)
        #expect(Precision.decimals(of: 0.85, scale: 100) == 0)
        #expect(Precision.decimals(of: 0.0097, scale: 100) == 2)
    }

    @Test func takesTheMostDecimalsOfAColumn() {
        let survey = Column(name: "medelbetyg", type: .number, values: [.number(4.4), .number(4), .missing], index: 1)
        #expect(Precision.decimals(of: survey) == 1)
        let csat = Column(name: "csat", type: .percent, values: [.number(0.835), .number(0.81)], index: 2)
        #expect(Precision.decimals(of: csat) == 1)
        let time = Column(name: "frt", type: .duration, values: [.number(90.5)], index: 3)
        #expect(Precision.decimals(of: time) == 0)
    }
}
