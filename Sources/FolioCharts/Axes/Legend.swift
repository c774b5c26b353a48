import FolioHTML

/// The series key above the plot: symbol (dash and marker, or hatched swatch) and label per series,
/// wrapped into rows that fit the width. Drawn only when there is more than one thing to tell apart.
struct Legend: Sendable {
    enum Symbol: Sendable {
        case line(SeriesStyle)
        case swatch(SeriesStyle)
        /// Points without a line (scatter).
        case marker(SeriesStyle)
        /// Trend lines and similar: a dashed line in the text colour.
        case dashed
    }

    struct Entry: Sendable {
        var label: String
        var symbol: Symbol
    }

    static let symbolWidth = 26.0
    static let entryGap = 18.0

    var entries: [Entry]
    var chartID: String

    /// Entry positions: (row, x) per entry, wrapping at `width`.
    func layout(width: Double, margin: Double = 8) -> [(row: Int, x: Double)] {
        var row = 0, x = margin
        return entries.map { entry in
            let needed = Self.symbolWidth + 6 + TextMetrics.width(of: entry.label, fontSize: ChartCanvas.fontSize)
            if x > margin, x + needed > width - margin {
                row += 1
                x = margin
            }
            defer { x += needed + Self.entryGap }
            return (row, x)
        }
    }

    /// Height the legend takes at the top of the chart (0 when empty).
    func height(width: Double) -> Double {
        guard !entries.isEmpty else { return 0 }
        return Double((layout(width: width).last?.row ?? 0) + 1) * ChartCanvas.lineHeight + 4
    }

    func svg(width: Double, top: Double = 6) -> String {
        guard !entries.isEmpty else { return "" }
        var svg = MarkupWriter()
        svg.open("g", [("class", "legend")])
        for (entry, place) in zip(entries, layout(width: width)) {
            let middle = top + Double(place.row) * ChartCanvas.lineHeight + ChartCanvas.lineHeight / 2
            let x = place.x
            switch entry.symbol {
            case let .line(style):
                var attributes = [
                    ("class", "line \(style.className)"), ("fill", "none"),
                    ("d", "M\(SVGNumber.text(x)) \(SVGNumber.text(middle))h\(SVGNumber.text(Self.symbolWidth))"),
                ]
                if let dash = style.dashArray { attributes.append(("stroke-dasharray", dash)) }
                svg.leaf("path", attributes)
                svg.leaf(
                    "path",
                    [
                        ("class", "marker \(style.className)"),
                        ("d", style.marker.path(x: x + Self.symbolWidth / 2, y: middle, size: ChartCanvas.markerSize)),
                    ])
            case let .swatch(style):
                let rect = [
                    ("x", SVGNumber.text(x + 4)), ("y", SVGNumber.text(middle - 8)), ("width", "18"),
                    ("height", "16"),
                ]
                svg.leaf("rect", [("class", "bar \(style.className)")] + rect)
                if let hatch = style.hatch {
                    svg.leaf("rect", [("class", "hatch-fill"), ("fill", "url(#\(hatch.id(chartID: chartID)))")] + rect)
                }
            case let .marker(style):
                svg.leaf(
                    "path",
                    [
                        ("class", "marker \(style.className)"),
                        ("d", style.marker.path(x: x + Self.symbolWidth / 2, y: middle, size: ChartCanvas.markerSize)),
                    ])
            case .dashed:
                svg.leaf(
                    "path",
                    [
                        ("class", "trend"), ("fill", "none"), ("stroke-dasharray", "8 5"),
                        (
                            "d",
                            "M\(SVGNumber.text(x)) \(SVGNumber.text(middle))h\(SVGNumber.text(Self.symbolWidth))"
                        ),
                    ])
            }
            svg.element(
                "text",
                [
                    ("x", SVGNumber.text(x + Self.symbolWidth + 6)),
                    ("y", SVGNumber.text(middle + ChartCanvas.fontSize / 3)),
                ], text: entry.label)
        }
        svg.close("g")
        return svg.output
    }
}
