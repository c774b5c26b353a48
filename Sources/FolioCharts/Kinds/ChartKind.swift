/// One way of drawing a chart (line, bars, scatter…); `ChartType.kind` picks it.
///
/// A kind draws only the inside of the `<svg>`: marks, axes, legend. The figure, title,
/// description and data table around it are the same for every kind (`ChartFigure`).
protocol ChartKind: Sendable {
    func draw(_ data: ChartData, context: ChartContext) -> ChartDrawing
}

/// What a kind drew: the SVG body and the viewBox it needs.
struct ChartDrawing: Sendable {
    var body: String
    var width: Double = ChartCanvas.width
    var height: Double = ChartCanvas.height
}

/// The shared viewBox and type sizes of the cartesian charts.
///
/// Legibility arithmetic: the SVG scales to its container, and phones render it about 360 px wide.
/// 360 / 480 = 0.75 px per unit, so 15-unit text renders at 11.25 px, above the 11 px floor.
/// charts.css caps the figure at 40rem (640 px), where the same text is 20 px.
enum ChartCanvas {
    static let width = 480.0
    static let height = 300.0
    static let fontSize = 15.0
    /// Line height for stacked text rows (legend, titles).
    static let lineHeight = 22.0
    static let markerSize = 7.0
}
