import Testing

@testable import FolioCharts

@Suite struct NiceTicksTests {
    @Test func stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        #expect(NiceTicks.niceStep(for: 0.7) == 1)
        #expect(NiceTicks.niceStep(for: 1.3) == 2)
        #expect(NiceTicks.niceStep(for: 3) == 5)
        #expect(NiceTicks.niceStep(for: 7) == 10)
        #expect(abs(NiceTicks.niceStep(for: 0.033) - 0.05) < 1e-12)
        #expect(NiceTicks.niceStep(for: 180) == 200)
        #expect(NiceTicks.niceStep(for: 0) == 1)
    }

    @Test func coversDataWithRoundEnds() {
        let ticks = NiceTicks(covering: [3, 97], count: 5)
        #expect(ticks.step == 20)
        #expect(ticks.lower == 0)
        #expect(ticks.upper == 100)
        #expect(ticks.values == [0, 20, 40, 60, 80, 100])
    }

    @Test func includesZeroWhenAsked() {
        let ticks = NiceTicks(covering: [120, 180], count: 5, includeZero: true)
        #expect(ticks.lower == 0)
        #expect(ticks.values.first == 0)
        #expect(NiceTicks(covering: [120, 180], count: 5).lower == 120)
    }

    @Test func fractionTicksHaveNoAccumulatedError() {
        let ticks = NiceTicks(covering: [0.7, 0.9], count: 4)
        #expect(ticks.values.count == 5)
        #expect(ticks.values.contains(0.8))
        #expect(ticks.fractionDigits == 2)
    }

    @Test func durationsTickOnWholeMinutes() {
        let ticks = NiceTicks(covering: [300, 420], count: 5, unit: 60)
        #expect(ticks.values.allSatisfy { $0.truncatingRemainder(dividingBy: 60) == 0 })
    }

    @Test func constantDataStillGetsARange() {
        let ticks = NiceTicks(covering: [5, 5])
        #expect(ticks.lower < 5)
        #expect(ticks.upper > 5)
        let zero = NiceTicks(covering: [0, 0])
        #expect(zero.lower < zero.upper)
    }

    @Test func keepsAuthorMinimumAndMaximum() {
        let ticks = NiceTicks(covering: [0.72, 0.91], count: 5, minimum: 0.5, maximum: 1)
        #expect(ticks.lower == 0.5)
        #expect(ticks.upper == 1)
        #expect(ticks.values.first == 0.5)
        #expect(ticks.values.last == 1)
    }

    @Test func emptyDataGivesUnitDomain() {
        let ticks = NiceTicks(covering: [])
        #expect(ticks.lower == 0)
        #expect(ticks.upper == 1)
    }
}
