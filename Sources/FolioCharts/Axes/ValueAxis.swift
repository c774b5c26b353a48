import FolioHTML

/// Gridlines and tick labels of a value axis, horizontal (y, labels at the left) or vertical
/// (x of scatter and horizontal bars, labels below).
enum ValueAxis {
    static let labelGap = 8.0

    /// Horizontal gridlines at each tick with labels right-aligned left of the plot.
    static func left(ticks: [Double], labels: [String], scale: LinearScale, plot: Rect) -> String {
        var svg = MarkupWriter()
        svg.open("g", [("class", "axis axis-y")])
        for (tick, label) in zip(ticks, labels) {
            let y = SVGNumber.text(scale.position(of: tick))
            svg.leaf(
                "line",
                [
                    ("class", tick == 0 ? "grid zero" : "grid"), ("x1", SVGNumber.text(plot.x)),
                    ("y1", y), ("x2", SVGNumber.text(plot.maxX)), ("y2", y),
                ])
            svg.element(
                "text",
                [
                    ("x", SVGNumber.text(plot.x - labelGap)),
                    ("y", SVGNumber.text(scale.position(of: tick) + ChartCanvas.fontSize / 3)),
                    ("text-anchor", "end"),
                ], text: label)
        }
        svg.close("g")
        return svg.output
    }

    /// Vertical gridlines at each tick with centred labels below the plot, thinned so none overlap.
    static func bottom(ticks: [Double], labels: [String], scale: LinearScale, plot: Rect) -> String {
        let positions = ticks.map { scale.position(of: $0) }
        let shown = Set(CategoryAxis.visibleIndices(positions: positions, labels: labels))
        var svg = MarkupWriter()
        svg.open("g", [("class", "axis axis-x")])
        for (index, tick) in ticks.enumerated() {
            let x = SVGNumber.text(positions[index])
            svg.leaf(
                "line",
                [
                    ("class", tick == 0 ? "grid zero" : "grid"), ("x1", x),
                    ("y1", SVGNumber.text(plot.y)), ("x2", x), ("y2", SVGNumber.text(plot.maxY)),
                ])
            if shown.contains(index) {
                svg.element(
                    "text",
                    [
                        ("x", x), ("y", SVGNumber.text(plot.maxY + CategoryAxis.labelOffset)),
                        ("text-anchor", "middle"),
                    ], text: labels[index])
            }
        }
        svg.close("g")
        return svg.output
    }

    /// The widest label, to size the left margin.
    static func widestLabel(_ labels: [String]) -> Double {
        labels.map { TextMetrics.width(of: $0, fontSize: ChartCanvas.fontSize) }.max() ?? 0
    }
}
