import FolioData

/// The least-squares line y = slope·x + intercept through a scatter, with Pearson's r,
/// from the usual sums (e.g. Montgomery & Runger, Applied Statistics, ch. 11).
struct TrendLine: Sendable, Hashable {
    var slope: Double
    var intercept: Double
    /// Pearson correlation coefficient, −1…1.
    var r: Double

    /// `nil` for fewer than two points or when all x (or all y) are equal: no line, no r.
    init?(points: [(x: Double, y: Double)]) {
        guard points.count >= 2 else { return nil }
        let n = Double(points.count)
        let meanX = points.reduce(0) { $0 + $1.x } / n
        let meanY = points.reduce(0) { $0 + $1.y } / n
        var sxx = 0.0, syy = 0.0, sxy = 0.0
        for point in points {
            let dx = point.x - meanX, dy = point.y - meanY
            sxx += dx * dx
            syy += dy * dy
            sxy += dx * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        slope = sxy / sxx
        intercept = meanY - slope * meanX
        r = sxy / (sxx * syy).squareRoot()
    }

    func y(at x: Double) -> Double { slope * x + intercept }

    /// `r = 0,82` in the page's number format.
    func rText(formatter: ValueFormatter) -> String { "r = " + formatter.number(r, fractionDigits: 2) }
}
