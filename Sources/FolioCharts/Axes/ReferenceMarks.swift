import FolioHTML

/// Target and reference lines: dashed, labelled in text (not colour) at the plot's end.
enum ReferenceMarks {
    /// Horizontal lines across the plot, label right-aligned just above each.
    static func horizontal(_ lines: [ReferenceLine], scale: LinearScale, plot: Rect) -> String {
        var svg = MarkupWriter()
        for line in lines {
            let y = scale.position(of: line.value)
            guard y >= plot.y - 0.5, y <= plot.maxY + 0.5 else { continue }
            svg.open("g", [("class", "reference")])
            svg.element("title", text: line.label)
            svg.leaf(
                "line",
                [
                    ("x1", SVGNumber.text(plot.x)), ("y1", SVGNumber.text(y)),
                    ("x2", SVGNumber.text(plot.maxX)), ("y2", SVGNumber.text(y)),
                    ("stroke-dasharray", "6 4"),
                ])
            let width = TextMetrics.width(of: line.label, fontSize: ChartCanvas.fontSize)
            svg.raw(backdrop(x: plot.maxX - 4 - width, baseline: y - 5, width: width))
            svg.element(
                "text",
                [
                    ("x", SVGNumber.text(plot.maxX - 4)), ("y", SVGNumber.text(y - 5)),
                    ("text-anchor", "end"),
                ], text: line.label)
            svg.close("g")
        }
        return svg.output
    }

    /// Vertical lines through the plot (horizontal bar charts), label at the top.
    static func vertical(_ lines: [ReferenceLine], scale: LinearScale, plot: Rect) -> String {
        var svg = MarkupWriter()
        for line in lines {
            let x = scale.position(of: line.value)
            guard x >= plot.x - 0.5, x <= plot.maxX + 0.5 else { continue }
            let anchor = x > plot.x + plot.width / 2 ? "end" : "start"
            svg.open("g", [("class", "reference")])
            svg.element("title", text: line.label)
            svg.leaf(
                "line",
                [
                    ("x1", SVGNumber.text(x)), ("y1", SVGNumber.text(plot.y - 4)),
                    ("x2", SVGNumber.text(x)), ("y2", SVGNumber.text(plot.maxY)),
                    ("stroke-dasharray", "6 4"),
                ])
            let width = TextMetrics.width(of: line.label, fontSize: ChartCanvas.fontSize)
            svg.raw(backdrop(x: anchor == "end" ? x - 4 - width : x + 4, baseline: plot.y - 6, width: width))
            svg.element(
                "text",
                [
                    ("x", SVGNumber.text(anchor == "end" ? x - 4 : x + 4)),
                    ("y", SVGNumber.text(plot.y - 6)), ("text-anchor", anchor),
                ], text: line.label)
            svg.close("g")
        }
        return svg.output
    }

    /// A box in the background colour behind a label, so it stays readable over bars and lines.
    private static func backdrop(x: Double, baseline: Double, width: Double) -> String {
        var svg = MarkupWriter()
        svg.leaf(
            "rect",
            [
                ("class", "reference-backdrop"), ("x", SVGNumber.text(x - 2)),
                ("y", SVGNumber.text(baseline - ChartCanvas.fontSize)), ("width", SVGNumber.text(width + 4)),
                ("height", SVGNumber.text(ChartCanvas.fontSize + 4)),
            ])
        return svg.output
    }
}
