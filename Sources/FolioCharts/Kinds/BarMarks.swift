import FolioHTML

/// Bars as rectangles with a tooltip, a colour class and, for series after the first, a hatch,
/// shared by every bar chart.
enum BarMarks {
    /// One bar; a `<g>` so the hatch overlay and the tooltip belong together.
    static func bar(
        x: Double, y: Double, width: Double, height: Double, style: SeriesStyle, chartID: String,
        tooltip: String
    ) -> String {
        let rect = [
            ("x", SVGNumber.text(x)), ("y", SVGNumber.text(y)),
            ("width", SVGNumber.text(max(0, width))), ("height", SVGNumber.text(max(0, height))),
        ]
        var svg = MarkupWriter()
        svg.open("g", [("class", "bar-group")])
        svg.element("title", text: tooltip)
        svg.leaf("rect", [("class", "bar \(style.className)")] + rect)
        if let hatch = style.hatch {
            svg.leaf("rect", [("class", "hatch-fill"), ("fill", "url(#\(hatch.id(chartID: chartID)))")] + rect)
        }
        svg.close("g")
        return svg.output
    }

    /// `<defs>` with the hatch patterns the given series use (nothing if none do).
    static func definitions(for series: [ChartData.Series], chartID: String) -> String {
        var seen: [SeriesStyle.Hatch] = []
        for hatch in series.compactMap(\.style.hatch) where !seen.contains(hatch) { seen.append(hatch) }
        guard !seen.isEmpty else { return "" }
        return "<defs>" + seen.map { $0.definition(chartID: chartID) }.joined() + "</defs>"
    }

    /// Legend of hatched swatches; empty for one series.
    static func legend(_ data: ChartData, chartID: String) -> Legend {
        let entries =
            data.series.count > 1
            ? data.series.map { Legend.Entry(label: $0.label, symbol: .swatch($0.style)) } : []
        return Legend(entries: entries, chartID: chartID)
    }
}
