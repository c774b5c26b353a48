import Testing

@testable import FolioCharts

@Suite struct TrendLineTests {
    /// y = 2x + 1 exactly: slope 2, intercept 1, r = 1.
    @Test func fitsAnExactLine() throws {
        let trend = try #require(TrendLine(points: [(0, 1), (1, 3), (2, 5), (3, 7)]))
        #expect(abs(trend.slope - 2) < 1e-12)
        #expect(abs(trend.intercept - 1) < 1e-12)
        #expect(abs(trend.r - 1) < 1e-12)
    }

    /// Worked by hand: x̄ = 3, ȳ = 4, Sxx = 10, Sxy = 6, Syy = 6 → slope 0.6, intercept 2.2, r = 6/√60.
    @Test func fitsAKnownNoisyDataSet() throws {
        let trend = try #require(TrendLine(points: [(1, 2), (2, 4), (3, 5), (4, 4), (5, 5)]))
        #expect(abs(trend.slope - 0.6) < 1e-12)
        #expect(abs(trend.intercept - 2.2) < 1e-12)
        #expect(abs(trend.r - 0.7745966692414834) < 1e-12)
    }

    @Test func negativeCorrelationHasNegativeR() throws {
        let trend = try #require(TrendLine(points: [(1, 10), (2, 8), (3, 6)]))
        #expect(abs(trend.r + 1) < 1e-12)
        #expect(trend.slope == -2)
    }

    @Test func refusesDegenerateData() {
        #expect(TrendLine(points: [(1, 1)]) == nil)
        #expect(TrendLine(points: [(1, 1), (1, 2)]) == nil)
        #expect(TrendLine(points: [(1, 2), (3, 2)]) == nil)
    }
}
