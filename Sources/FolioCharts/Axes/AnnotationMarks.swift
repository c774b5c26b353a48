import FolioData
import FolioHTML

/// Annotations on a time axis: a vertical line at the event's period, topped by a numbered marker
/// in a row of its own above the plot; the words go in the key under the chart (`ChartFigure`).
///
/// Why numbers and a key rather than text in the SVG: a 480-unit canvas has no room for several
/// labels beside a legend, and text outside the SVG wraps and scales with the page, so the words
/// can never collide with anything. The markers only have to miss each other, the legend, the y
/// title and the tick labels, which the layout below guarantees by arithmetic (tested with the
/// drawn boxes in `AnnotationMarksTests`).
struct AnnotationMarks: Sendable {
    /// Marker radius: a two-digit number at `ChartCanvas.fontSize` (about 18 units wide) fits inside.
    static let radius = 10.0
    /// Space between two markers side by side.
    static let gap = 2.0
    /// Room between the marker row and the plot: a reference label at the plot's top edge reaches
    /// 20 units above it (`ReferenceMarks` backdrop), so markers end 22 above.
    static let clearance = 22.0
    /// Height taken from the top of the plot when a chart has annotations.
    static let bandHeight = 2 * radius + clearance

    /// One placed annotation: where its line runs and where its numbered marker sits.
    struct Placement: Sendable, Hashable {
        var number: Int
        var label: String
        var lineX: Double
        var markerX: Double
        var markerY: Double

        /// The marker's bounding box.
        var box: Rect {
            Rect(
                x: markerX - AnnotationMarks.radius, y: markerY - AnnotationMarks.radius,
                width: 2 * AnnotationMarks.radius, height: 2 * AnnotationMarks.radius)
        }
    }

    var placements: [Placement]

    /// Places `annotations` (numbered in their order, as the key under the chart numbers them)
    /// along rows whose x cells are `cells`; one off the axis is left out (the spec reader refuses it).
    /// - Parameters: band: the chart's x bands; `plot`: the plot area, already lowered by `bandHeight`.
    init(_ annotations: [ChartAnnotation], cells: [Cell], band: BandScale, plot: Rect) {
        let placed = annotations.enumerated().compactMap { number, annotation in
            ChartAnnotation.position(of: annotation.x, along: cells).map {
                (number: number + 1, label: annotation.label, line: band.start + band.step * ($0 + 0.5))
            }
        }
        let markers = Self.markerCentres(placed.map(\.line), from: plot.x, to: plot.maxX)
        let y = plot.y - Self.clearance - Self.radius
        placements = placed.indices.map {
            Placement(
                number: placed[$0].number, label: placed[$0].label, lineX: placed[$0].line, markerX: markers[$0],
                markerY: y)
        }
    }

    /// Marker centres as near their lines as they can be while never overlapping one another and
    /// staying within `[low, high]`: a sweep left to right pushes each marker right of its
    /// neighbour, then one right to left pulls them back inside the right edge. Needs
    /// `count · (2r + gap) ≤ high − low`, which the spec's limit of 12 annotations keeps.
    static func markerCentres(_ lines: [Double], from low: Double, to high: Double) -> [Double] {
        let spacing = 2 * radius + gap
        let order = lines.indices.sorted { (lines[$0], $0) < (lines[$1], $1) }
        var centres = lines
        var previous = -Double.infinity
        for index in order {
            centres[index] = max(lines[index], low + radius, previous + spacing)
            previous = centres[index]
        }
        var next = Double.infinity
        for index in order.reversed() {
            centres[index] = min(centres[index], high - radius, next - spacing)
            next = centres[index]
        }
        return centres
    }

    /// The lines and markers, drawn over the marks; each marker's tooltip is its label.
    func svg(plot: Rect) -> String {
        guard !placements.isEmpty else { return "" }
        var svg = MarkupWriter()
        svg.open("g", [("class", "annotations")])
        for placement in placements {
            let top = placement.markerY + Self.radius
            svg.open("g", [("class", "annotation")])
            svg.element("title", text: "\(placement.number). \(placement.label)")
            svg.leaf(
                "path",
                [
                    ("class", "annotation-line"), ("fill", "none"),
                    (
                        "d",
                        "M\(SVGNumber.text(placement.markerX)) \(SVGNumber.text(top))"
                            + "L\(SVGNumber.text(placement.lineX)) \(SVGNumber.text(plot.y))"
                            + "L\(SVGNumber.text(placement.lineX)) \(SVGNumber.text(plot.maxY))"
                    ),
                ])
            svg.leaf(
                "circle",
                [
                    ("class", "annotation-marker"), ("cx", SVGNumber.text(placement.markerX)),
                    ("cy", SVGNumber.text(placement.markerY)), ("r", SVGNumber.text(Self.radius)),
                ])
            svg.element(
                "text",
                [
                    ("class", "annotation-number"), ("x", SVGNumber.text(placement.markerX)),
                    ("y", SVGNumber.text(placement.markerY + ChartCanvas.fontSize / 3)), ("text-anchor", "middle"),
                ], text: String(placement.number))
            svg.close("g")
        }
        svg.close("g")
        return svg.output
    }
}
