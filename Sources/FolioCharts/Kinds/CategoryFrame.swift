import FolioHTML

/// The layout shared by charts with categories along x and values up y (line, area, bars):
/// legend and y title on top, y ticks on the left, category labels below, then the plot in between.
struct CategoryFrame: Sendable {
    let width: Double
    /// The viewBox height: the canvas's, grown by what rotated or wrapped labels need below the plot,
    /// so the plot keeps its size and no label is clipped.
    let height: Double
    let plot: Rect
    let band: BandScale
    let scale: LinearScale
    let ticks: NiceTicks
    let labelLayout: AxisLabelLayout
    private let tickLabels: [String]
    private let legend: Legend
    private let data: ChartData
    private let context: ChartContext
    private let yTitleBaseline: Double
    /// Annotations' lines and numbered markers, in a row above the plot.
    let annotations: AnnotationMarks

    /// - Parameters:
    ///   - values: what the value axis must cover (stacks pass their totals); small multiples add
    ///     every panel's values (`context.sharedValues`), so the panels share one scale.
    ///   - padding: share of each band left empty (0 for lines: points sit at band centres).
    ///   - ticks: fixed ticks (100 % stacks); by default nice ticks over `values` and the references.
    init(
        data: ChartData, context: ChartContext, values: [Double], legend: Legend, padding: Double,
        ticks fixedTicks: (NiceTicks, [String])? = nil
    ) {
        let width = context.canvas.width
        let ticks = fixedTicks?.0 ?? context.valueTicks(covering: values + context.sharedValues)
        let tickLabels = fixedTicks?.1 ?? context.tickLabels(for: ticks)
        let legendHeight = legend.height(width: width)
        let yTitleBaseline = 6 + legendHeight + ChartCanvas.fontSize
        let top =
            (context.spec.yTitle == nil ? 6 + legendHeight : yTitleBaseline + 4) + ChartCanvas.fontSize
            + (context.spec.annotations.isEmpty ? 0 : AnnotationMarks.bandHeight)
        let halfWidth = { (label: String) in
            TextMetrics.width(of: CategoryAxis.axisLabel(label), fontSize: ChartCanvas.fontSize) / 2
        }
        let halfFirst = data.categories.first.map(halfWidth) ?? 0
        let halfLast = data.categories.last.map(halfWidth) ?? 0
        var left = max(ValueAxis.widestLabel(tickLabels) + ValueAxis.labelGap + 6, halfFirst + 4, 24)
        var right = max(16, halfLast + 4)
        let count = data.categories.count
        let step = { (left: Double, right: Double) in count > 0 ? (width - left - right) / Double(count) : 0 }
        var labelLayout = AxisLabelLayout.make(labels: data.categories, step: step(left, right))
        if labelLayout.mode == .rotated {
            // Rotated labels hang down to the left: widen the left margin until the first ones fit.
            // Rotated labels end at their tick, so the right margin needs only the plot's own 16.
            right = 16
            labelLayout = AxisLabelLayout.rotated(labels: data.categories, step: step(left, right))
            // A wider left margin narrows the bands, so settle it in a few rounds (it only grows).
            for _ in 0..<3 {
                let reach = labelLayout.shown.map {
                    labelLayout.leftReach(of: $0) - step(left, right) * (Double($0) + 0.5)
                }
                left = max(left, (reach.max() ?? 0) + 4)
                labelLayout = AxisLabelLayout.rotated(labels: data.categories, step: step(left, right))
            }
        }
        let titleHeight = context.spec.xTitle == nil ? 0 : ChartCanvas.lineHeight
        let standardBottom = CategoryAxis.labelOffset + 8 + titleHeight
        let bottom = labelLayout.depth + titleHeight
        let height = context.canvas.height + max(0, bottom - standardBottom)
        let plot = Rect(x: left, y: top, width: width - left - right, height: height - top - bottom)
        self.width = width
        self.height = height
        self.plot = plot
        self.ticks = ticks
        self.tickLabels = tickLabels
        self.labelLayout = labelLayout
        self.legend = legend
        self.data = data
        self.context = context
        self.yTitleBaseline = yTitleBaseline
        let band = BandScale(count: count, range: (plot.x, plot.maxX), padding: padding)
        self.band = band
        scale = LinearScale(domain: (ticks.lower, ticks.upper), range: (plot.maxY, plot.y))
        annotations = AnnotationMarks(context.spec.annotations, cells: data.xCells, band: band, plot: plot)
    }

    /// The drawing of a kind on this frame, with the frame's viewBox.
    func drawing(_ body: String) -> ChartDrawing { ChartDrawing(body: body, width: width, height: height) }

    /// Gridlines and y labels, drawn under the marks.
    var background: String {
        ValueAxis.left(ticks: ticks.values, labels: tickLabels, scale: scale, plot: plot)
    }

    /// Category labels, references, legend and titles, drawn over the marks.
    var foreground: String {
        var svg = MarkupWriter()
        svg.raw(CategoryAxis.bottom(labels: data.categories, band: band, plot: plot, layout: labelLayout))
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
