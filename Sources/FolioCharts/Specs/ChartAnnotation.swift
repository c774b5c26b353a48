import FolioData

/// A dated event marked on a time axis (`{x: 2025-07, label: Nytt telefonsystem}`): a vertical line
/// with a numbered marker, named in the key under the chart and in its description.
///
/// The label is already in the page's language; `FolioDirectives` picks it and checks that `x`
/// lies on the axis, so drawing never fails.
public struct ChartAnnotation: Sendable, Hashable {
    /// A `.month` or `.day` cell.
    public var x: Cell
    public var label: String

    public init(x: Cell, label: String) {
        self.x = x
        self.label = label
    }

    /// Where `x` falls along rows whose x cells are `cells`, as a fractional row index: exact on a
    /// row's period, linear by days between two ascending neighbours; nil off the axis.
    public static func position(of x: Cell, along cells: [Cell]) -> Double? {
        guard let day = Period.dayNumber(of: x) else { return nil }
        let days = cells.map(Period.dayNumber(of:))
        if let exact = days.firstIndex(where: { $0 == day }) { return Double(exact) }
        for index in days.indices.dropLast() {
            guard let low = days[index], let high = days[index + 1], low < day, day < high else { continue }
            return Double(index) + Double(day - low) / Double(high - low)
        }
        return nil
    }

    /// Chart types that draw months or dates along x with bands (line, area and vertical bars).
    public static let chartTypes: [ChartType] = [.line, .area, .bar, .groupedBar, .stackedBar, .stackedBar100]
}
