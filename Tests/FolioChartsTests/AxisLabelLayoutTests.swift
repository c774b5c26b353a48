import FolioData
import Foundation
import Testing

@testable import FolioCharts

/// Category labels checked from the drawn SVG alone: every label's box (estimated from its
/// characters, as the layout does) touches no other and stays inside the viewBox.
@Suite struct AxisLabelLayoutTests {
    /// One label as drawn: its corners in viewBox units.
    struct Box {
        var text: String
        var corners: [(Double, Double)]
    }

    static let fontSize = ChartCanvas.fontSize

    func drawing(labels: [String], type: ChartType = .line, canvas: (Double, Double)? = nil) throws -> ChartDrawing {
        let table = DataTable(
            path: "t.csv",
            columns: [
                Column(name: "name", type: .text, values: labels.map(Cell.text), index: 1),
                Column(
                    name: "value", type: .number, values: labels.indices.map { Cell.number(Double($0 % 7) * 10) },
                    index: 2),
            ],
            rowLines: labels.indices.map { $0 + 2 })
        guard let x = table.column(named: "name"), let y = table.column(named: "value") else {
            throw CocoaError(.featureUnsupported)
        }
        let spec = ChartSpec(
            type: type, table: table, source: "t.csv", x: x, y: [y], title: "T", format: .number, includesZero: true)
        let formatter = ValueFormatter(localeIdentifier: "sv_SE")
        var context = ChartContext(
            spec: spec, id: "c", formatter: formatter, strings: try ChartStrings(lookup: { $0 }))
        if let canvas { context.canvas = canvas }
        return type.kind.draw(ChartData(spec: spec, formatter: formatter), context: context)
    }

    /// The `<text>` elements of the x axis group, each as the box of its lines.
    func boxes(_ svg: String) -> [Box] {
        guard let start = svg.range(of: "<g class=\"axis axis-x\">"),
            let end = svg.range(of: "</g>", range: start.upperBound..<svg.endIndex)
        else { return [] }
        let group = String(svg[start.upperBound..<end.lowerBound])
        return matches(#"<text ([^>]*)>(.*?)</text>"#, in: group).compactMap { match in
            let attributes = match[1],
                inner = match[2].replacingOccurrences(
                    of: #"<title>.*?</title>"#, with: "", options: .regularExpression)
            guard let x = number("x", in: attributes), let y = number("y", in: attributes) else { return nil }
            let ascent = AxisLabelLayout.ascent * Self.fontSize, descent = AxisLabelLayout.descent * Self.fontSize
            if attributes.contains("rotate(") {
                // text-anchor end, rotated −45° about its anchor: the text runs up-right to (x, y).
                let width = TextMetrics.width(of: inner, fontSize: Self.fontSize)
                let c = AxisLabelLayout.cosine
                let along = { (t: Double, u: Double) in (x - t * c - u * c, y + t * c - u * c) }
                return Box(
                    text: inner,
                    corners: [
                        along(0, -descent), along(width, -descent), along(width, ascent),
                        along(0, ascent),
                    ])
            }
            let lines = matches(#"<tspan [^>]*y="([^"]+)"[^>]*>(.*?)</tspan>"#, in: inner)
            let rows = lines.isEmpty ? [(y, inner)] : lines.map { (Double($0[1]) ?? y, $0[2]) }
            let widest = rows.map { TextMetrics.width(of: $0.1, fontSize: Self.fontSize) }.max() ?? 0
            let top = (rows.map(\.0).min() ?? y) - ascent, bottom = (rows.map(\.0).max() ?? y) + descent
            return Box(
                text: rows.map(\.1).joined(separator: " "),
                corners: [
                    (x - widest / 2, top), (x + widest / 2, top), (x + widest / 2, bottom), (x - widest / 2, bottom),
                ])
        }
    }

    func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else {
            return []
        }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { match in
            (0..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }

    func number(_ name: String, in attributes: String) -> Double? {
        matches(" \(name)=\"([^\"]+)\"", in: " " + attributes).first.flatMap { Double($0[1]) }
    }

    /// Separating-axis test for two convex quadrilaterals: they overlap unless some edge's normal
    /// separates their projections.
    func overlap(_ a: Box, _ b: Box) -> Bool {
        for polygon in [a.corners, b.corners] {
            for index in polygon.indices {
                let p = polygon[index], q = polygon[(index + 1) % polygon.count]
                let normal = (q.1 - p.1, p.0 - q.0)
                let project = { (points: [(Double, Double)]) in points.map { $0.0 * normal.0 + $0.1 * normal.1 } }
                let pa = project(a.corners), pb = project(b.corners)
                if let maxA = pa.max(), let minB = pb.min(), maxA <= minB { return false }
                if let maxB = pb.max(), let minA = pa.min(), maxB <= minA { return false }
            }
        }
        return true
    }

    func expectClean(_ drawing: ChartDrawing, sourceLocation: SourceLocation = #_sourceLocation) -> [Box] {
        let boxes = boxes(drawing.body)
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] {
                #expect(!overlap(box, other), "'\(box.text)' overlaps '\(other.text)'", sourceLocation: sourceLocation)
            }
            for corner in box.corners {
                #expect(
                    corner.0 >= 0 && corner.0 <= drawing.width && corner.1 >= 0 && corner.1 <= drawing.height,
                    "'\(box.text)' leaves the viewBox at \(corner)", sourceLocation: sourceLocation)
            }
        }
        return boxes
    }

    @Test func shortLabelsStayStraightAndAllShow() throws {
        let labels = ["Telefon", "Chatt", "E-post", "Brev"]
        let drawing = try drawing(labels: labels)
        let boxes = expectClean(drawing)
        #expect(boxes.map(\.text) == labels)
        #expect(!drawing.body.contains("<tspan") && !drawing.body.contains("rotate("))
        #expect(drawing.height == ChartCanvas.height)
    }

    @Test func multiWordLabelsWrapOntoTwoLinesBeforeAnyIsDropped() throws {
        let labels = ["Sociala medier", "Chatt på webben", "E-post och brev", "Telefon"]
        let drawing = try drawing(labels: labels, type: .bar)
        let boxes = expectClean(drawing)
        #expect(boxes.count == labels.count)
        #expect(drawing.body.contains("<tspan"))
        #expect(!drawing.body.contains("rotate("))
        #expect(boxes.map(\.text) == labels)
    }

    @Test func longSingleWordsRotateAndTheViewBoxGrowsToHoldThem() throws {
        let labels = (1...10).map { "Kundtjänstcentret\($0)" }
        let drawing = try drawing(labels: labels, type: .bar)
        let boxes = expectClean(drawing)
        #expect(drawing.body.contains("rotate(-45 "))
        #expect(boxes.count == labels.count)
        #expect(drawing.height > ChartCanvas.height)
    }

    @Test func manyMonthsRotateAndThinOnlyWhenRotatedOnesWouldTouch() throws {
        let fourteen = try drawing(labels: (1...14).map { "mån \($0) -25" })
        #expect(fourteen.body.contains("rotate(-45 "))
        #expect(expectClean(fourteen).count == 14)
        let twoHundred = try drawing(labels: (1...200).map { "v. \($0)" })
        let shown = expectClean(twoHundred)
        #expect(shown.count > 1 && shown.count < 200)
    }

    @Test func smallMultiplePanelsKeepLabelsInsideTheirSmallerCanvas() throws {
        let labels = (1...12).map { "Kundtjänst team \($0)" }
        let drawing = try drawing(labels: labels, type: .bar, canvas: (360, 240))
        #expect(drawing.width == 360)
        _ = expectClean(drawing)
    }

    @Test func wrapsAtTheSpaceThatBalancesTheLines() {
        #expect(AxisLabelLayout.twoLines("Chatt på webben") == ["Chatt på", "webben"])
        #expect(AxisLabelLayout.twoLines("Telefon") == ["Telefon"])
    }
}
