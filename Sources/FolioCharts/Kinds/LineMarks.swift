import FolioHTML

/// Polylines with gaps and point markers, shared by line, area and sparkline charts.
enum LineMarks {
    /// Runs of consecutive present values: a missing value ends a run, so it shows as a gap.
    static func runs(_ values: [Double?]) -> [[Int]] {
        var runs: [[Int]] = [], current: [Int] = []
        for (index, value) in values.enumerated() {
            if value != nil {
                current.append(index)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// `M x y L x y …` for one run.
    static func path(_ points: [(Double, Double)]) -> String {
        points.enumerated().map { index, point in
            (index == 0 ? "M" : "L") + SVGNumber.text(point.0) + " " + SVGNumber.text(point.1)
        }.joined()
    }

    /// The line of one series, one subpath per run.
    static func line(
        _ values: [Double?], style: SeriesStyle, x: (Int) -> Double, y: (Double) -> Double,
        width: Double? = nil
    ) -> String {
        let d = runs(values).filter { $0.count > 1 }.map { run in
            path(run.compactMap { index in values[index].map { (x(index), y($0)) } })
        }.joined()
        guard !d.isEmpty else { return "" }
        var svg = MarkupWriter()
        var attributes = [("class", "line \(style.className)"), ("fill", "none"), ("d", d)]
        if let dash = style.dashArray { attributes.append(("stroke-dasharray", dash)) }
        if let width { attributes.append(("stroke-width", SVGNumber.text(width))) }
        svg.leaf("path", attributes)
        return svg.output
    }

    /// One marker per present value, each with its tooltip.
    static func markers(
        _ values: [Double?], style: SeriesStyle, x: (Int) -> Double, y: (Double) -> Double,
        tooltip: (Int) -> String
    ) -> String {
        var svg = MarkupWriter()
        svg.open("g", [("class", "markers \(style.className)")])
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            svg.open(
                "path",
                [
                    ("class", "marker \(style.className)"),
                    ("d", style.marker.path(x: x(index), y: y(value), size: ChartCanvas.markerSize)),
                ])
            svg.element("title", text: tooltip(index))
            svg.close("path")
        }
        svg.close("g")
        return svg.output
    }

    /// Legend entries for line-like series; empty for a single series (the title names it).
    static func legend(_ data: ChartData, chartID: String) -> Legend {
        let entries =
            data.series.count > 1
            ? data.series.map { Legend.Entry(label: $0.label, symbol: .line($0.style)) } : []
        return Legend(entries: entries, chartID: chartID)
    }
}
