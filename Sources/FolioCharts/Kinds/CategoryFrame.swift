import FolioHTML

/// The layout shared by charts with categories along x and values up y (line, area, bars):
/// legend and y title on top, y ticks on the left, category labels below, then the plot in between.
struct CategoryFrame: Sendable {
    let width = ChartCanvas.width
    let height = ChartCanvas.height
    let plot: Rect
    let band: BandScale
    let scale: LinearScale
    let ticks: NiceTicks
    private let tickLabels: [String]
    private let legend: Legend
    private let data: ChartData
    private let context: ChartContext
    private let yTitleBaseline: Double
    /// Annotations' lines and numbered markers, in a row above the plot.
    let annotations: AnnotationMarks

    /// - Parameters:
    ///   - values: what the value axis must cover (stacks pass their totals).
    ///   - padding: share of each band left empty (0 for lines: points sit at band centres).
    ///   - ticks: fixed ticks (100 % stacks); by default nice ticks over `values` and the references.
    init(
        data: ChartData, context: ChartContext, values: [Double], legend: Legend, padding: Double,
        ticks fixedTicks: (NiceTicks, [String])? = nil
    ) {
        let ticks = fixedTicks?.0 ?? context.valueTicks(covering: values)
        let tickLabels = fixedTicks?.1 ?? context.tickLabels(for: ticks)
        let legendHeight = legend.height(width: ChartCanvas.width)
        let yTitleBaseline = 6 + legendHeight + ChartCanvas.fontSize
        let top =
            (context.spec.yTitle == nil ? 6 + legendHeight : yTitleBaseline + 4) + ChartCanvas.fontSize
            + (context.spec.annotations.isEmpty ? 0 : AnnotationMarks.bandHeight)
        let halfWidth = { (label: String) in
            TextMetrics.width(of: CategoryAxis.axisLabel(label), fontSize: ChartCanvas.fontSize) / 2
        }
        let halfFirst = data.categories.first.map(halfWidth) ?? 0
        let halfLast = data.categories.last.map(halfWidth) ?? 0
        let left = max(ValueAxis.widestLabel(tickLabels) + ValueAxis.labelGap + 6, halfFirst + 4, 24)
        let right = max(16, halfLast + 4)
        let bottom = CategoryAxis.labelOffset + 8 + (context.spec.xTitle == nil ? 0 : ChartCanvas.lineHeight)
        let plot = Rect(
            x: left, y: top, width: ChartCanvas.width - left - right,
            height: ChartCanvas.height - top - bottom)
        self.plot = plot
        self.ticks = ticks
        self.tickLabels = tickLabels
        self.legend = legend
        self.data = data
        self.context = context
        self.yTitleBaseline = yTitleBaseline
        let band = BandScale(count: data.categories.count, range: (plot.x, plot.maxX), padding: padding)
        self.band = band
        scale = LinearScale(domain: (ticks.lower, ticks.upper), range: (plot.maxY, plot.y))
        annotations = AnnotationMarks(context.spec.annotations, cells: data.xCells, band: band, plot: plot)
    }

    /// Gridlines and y labels, drawn under the marks.
    var background: String {
        ValueAxis.left(ticks: ticks.values, labels: tickLabels, scale: scale, plot: plot)
    }

    /// Category labels, references, legend and titles, drawn over the marks.
    var foreground: String {
        var svg = MarkupWriter()
        svg.raw(CategoryAxis.bottom(labels: data.categories, band: band, plot: plot))
        svg.raw(ReferenceMarks.horizontal(context.referenceLines, scale: scale, plot: plot))
        svg.raw(annotations.svg(plot: plot))
        svg.raw(legend.svg(width: width))
        if let yTitle = context.spec.yTitle {
            svg.element(
                "text",
                [
                    ("class", "axis-title"), ("x", SVGNumber.text(8)),
                    ("y", SVGNumber.text(yTitleBaseline)),
                ], text: yTitle)
        }
        svg.raw(CategoryAxis.titles(x: context.spec.xTitle, y: nil, plot: plot, height: height))
        return svg.output
    }

    /// The value's y, kept inside the plot when an author's min/max cuts it off.
    func y(_ value: Double) -> Double { scale.clampedPosition(of: value) }

    /// Where bars start: zero if the domain holds it, else the domain's edge nearest zero.
    var baseline: Double { y(min(max(0, ticks.lower), ticks.upper)) }
}
