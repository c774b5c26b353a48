import Testing

@testable import FolioCharts

@Suite struct SVGNumberTests {
    @Test func writesFixedPrecisionWithoutNegativeZero() {
        #expect(SVGNumber.text(12) == "12")
        #expect(SVGNumber.text(12.5) == "12.5")
        #expect(SVGNumber.text(12.345) == "12.35" || SVGNumber.text(12.345) == "12.34")
        #expect(SVGNumber.text(0.05) == "0.05")
        #expect(SVGNumber.text(-0.001) == "0")
        #expect(SVGNumber.text(-3.1) == "-3.1")
        #expect(SVGNumber.text(.nan) == "0")
        #expect(SVGNumber.text(.infinity) == "0")
    }
}
