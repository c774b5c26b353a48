import FolioHTML

/// Everything that tells series apart: a palette class (colour from CSS), a dash pattern, a marker
/// shape and, for bars, a hatch pattern, so the chart still reads in greyscale or for colour-blind readers.
struct SeriesStyle: Sendable, Hashable {
    /// charts.css defines `--chart-1` … `--chart-8`; further series reuse them with other shapes.
    static let paletteSize = 8

    var index: Int

    /// `series-1` … `series-8`, mapped to `var(--chart-N)` in charts.css.
    var className: String { "series-\(index % Self.paletteSize + 1)" }

    /// `stroke-dasharray` for lines; the first series is solid.
    var dashArray: String? {
        let patterns: [String?] = [nil, "8 4", "2 4", "12 4 2 4", "4 4", "16 6"]
        return patterns[index % patterns.count]
    }

    var marker: MarkerShape {
        MarkerShape.allCases[index % MarkerShape.allCases.count]
    }

    /// The hatch drawn over bars of this series (none for the first), defined once per chart.
    var hatch: Hatch? {
        let hatches: [Hatch?] = [nil, .diagonal, .dots, .crossHatch, .horizontal, .vertical]
        return hatches[index % hatches.count]
    }

    /// A texture laid over a bar's fill.
    enum Hatch: String, Sendable, CaseIterable {
        case diagonal, dots, crossHatch = "cross", horizontal, vertical

        /// Pattern ids derive from the chart id, so two charts on a page never share an id.
        func id(chartID: String) -> String { "\(chartID)-hatch-\(rawValue)" }

        /// The `<pattern>` element for this hatch.
        func definition(chartID: String) -> String {
            var svg = MarkupWriter()
            svg.open(
                "pattern",
                [
                    ("id", id(chartID: chartID)), ("width", "8"), ("height", "8"),
                    ("patternUnits", "userSpaceOnUse"),
                ])
            let lines: [(String, String, String, String)]
            switch self {
            case .diagonal: lines = [("0", "8", "8", "0")]
            case .crossHatch: lines = [("0", "8", "8", "0"), ("0", "0", "8", "8")]
            case .horizontal: lines = [("0", "4", "8", "4")]
            case .vertical: lines = [("4", "0", "4", "8")]
            case .dots: lines = []
            }
            for line in lines {
                svg.leaf("line", [("class", "hatch"), ("x1", line.0), ("y1", line.1), ("x2", line.2), ("y2", line.3)])
            }
            if self == .dots {
                svg.leaf("circle", [("class", "hatch-dot"), ("cx", "4"), ("cy", "4"), ("r", "1.6")])
            }
            svg.close("pattern")
            return svg.output
        }
    }
}
