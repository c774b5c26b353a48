import FolioHTML

/// Category labels along the bottom (months, channels) and the rule that keeps them apart.
enum CategoryAxis {
    /// Baseline of bottom labels below the plot: font size plus a gap.
    static let labelOffset = ChartCanvas.fontSize + 6
    static let minimumGap = 10.0

    /// Indices of the labels to print: every k-th from the first, k the smallest step at which
    /// the widest label (estimated from its characters) fits between neighbours.
    static func visibleIndices(positions: [Double], labels: [String]) -> [Int] {
        guard positions.count > 1 else { return Array(positions.indices) }
        let spacing = abs(positions[1] - positions[0])
        let widest = ValueAxis.widestLabel(labels) + minimumGap
        guard spacing > 0 else { return [0] }
        let every = max(1, Int((widest / spacing).rounded(.up)))
        return Array(stride(from: 0, to: positions.count, by: every))
    }

    /// Longer category names are cut ("Sociala medi…") so one long name cannot thin out the rest.
    static let labelCharacters = 14

    static func axisLabel(_ label: String) -> String { TextMetrics.truncated(label, to: labelCharacters) }

    /// Labels under each band as `layout` places them (straight, wrapped in `<tspan>`s, or rotated),
    /// and the axis line along the plot's bottom. A cut label keeps its full text as a tooltip.
    static func bottom(labels fullLabels: [String], band: BandScale, plot: Rect, layout: AxisLabelLayout) -> String {
        let positions = fullLabels.indices.map { band.center(at: $0) }
        var svg = MarkupWriter()
        svg.open("g", [("class", "axis axis-x")])
        svg.leaf(
            "line",
            [
                ("class", "axis-line"), ("x1", SVGNumber.text(plot.x)), ("y1", SVGNumber.text(plot.maxY)),
                ("x2", SVGNumber.text(plot.maxX)), ("y2", SVGNumber.text(plot.maxY)),
            ])
        for index in layout.shown {
            let lines = layout.lines[index]
            let x = SVGNumber.text(positions[index])
            let baseline = plot.maxY + labelOffset
            switch layout.mode {
            case .straight, .wrapped:
                svg.open("text", [("x", x), ("y", SVGNumber.text(baseline)), ("text-anchor", "middle")])
            case .rotated:
                let anchor = AxisLabelLayout.rotatedAnchor(x: positions[index], plotBottom: plot.maxY)
                let (ax, ay) = (SVGNumber.text(anchor.x), SVGNumber.text(anchor.y))
                svg.open(
                    "text",
                    [
                        ("x", ax), ("y", ay), ("text-anchor", "end"),
                        ("transform", "rotate(\(SVGNumber.text(AxisLabelLayout.angle)) \(ax) \(ay))"),
                    ])
            }
            if lines.joined(separator: " ") != fullLabels[index] { svg.element("title", text: fullLabels[index]) }
            if lines.count > 1 {
                for (number, line) in lines.enumerated() {
                    svg.element(
                        "tspan",
                        [
                            ("x", x),
                            ("y", SVGNumber.text(baseline + Double(number) * AxisLabelLayout.lineHeight)),
                        ], text: line)
                }
            } else {
                svg.text(lines.first ?? "")
            }
            svg.close("text")
        }
        svg.close("g")
        return svg.output
    }

    /// Axis titles: y above the plot's top-left (horizontal, easier to read than rotated), x centred below.
    static func titles(x: String?, y: String?, plot: Rect, height: Double) -> String {
        var svg = MarkupWriter()
        if let y {
            svg.element(
                "text",
                [
                    ("class", "axis-title"), ("x", SVGNumber.text(plot.x)),
                    ("y", SVGNumber.text(plot.y - ChartCanvas.lineHeight / 2 - 2)),
                ], text: y)
        }
        if let x {
            svg.element(
                "text",
                [
                    ("class", "axis-title"), ("x", SVGNumber.text(plot.x + plot.width / 2)),
                    ("y", SVGNumber.text(height - 6)), ("text-anchor", "middle"),
                ], text: x)
        }
        return svg.output
    }
}
