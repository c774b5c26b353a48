import FolioData
import Foundation
import Testing

@testable import FolioCharts
@testable import FolioDirectives

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Known values land at the coordinate of their gridline: checked from the SVG alone, so a
/// scale or layout mistake cannot hide behind the same mistake in the test.
@Suite struct ChartGeometryTests {
    /// The y (or x) of the gridline whose label reads `label`.
    func gridline(_ document: XMLDocument, axis: String, label: String) throws -> Double? {
        let groups = try Fixture.elements(document, "g", class: axis)
        for group in groups {
            let children = group.children?.compactMap { $0 as? XMLElement } ?? []
            for (index, child) in children.enumerated() where child.name == "text" && child.stringValue == label {
                guard index > 0 else { continue }
                let line = children[index - 1]
                return Fixture.number(line, axis == "axis-y" ? "y1" : "x1")
            }
        }
        return nil
    }

    /// Centre of a circle marker path `M{x-r} {y}a…`.
    func circleCentre(_ d: String, radius: Double = ChartCanvas.markerSize / 2) -> (Double, Double)? {
        let numbers = d.dropFirst().split(whereSeparator: { $0 == " " || $0 == "a" }).prefix(2).compactMap {
            Double($0)
        }
        guard numbers.count == 2 else { return nil }
        return (numbers[0] + radius, numbers[1])
    }

    @Test func lineMarkerSitsOnItsGridlineAndUnderItsLabel() throws {
        let html = try Fixture.render(
            "type: line\ndata: metrics/monthly.csv\nx: month\ny: contacts\ntitle: T\nzero: true")
        let document = try Fixture.document(html)
        let gridY = try #require(
            try gridline(document, axis: "axis-y", label: Fixture.formatter.number(300, fractionDigits: 0)))
        let markers = try Fixture.elements(document, "path", class: "marker")
        let april = try #require(markers.first { $0.stringValue?.contains(Fixture.formatter.number(300)) == true })
        let centre = try #require(circleCentre(april.attribute(forName: "d")?.stringValue ?? ""))
        #expect(abs(centre.1 - gridY) < 0.011)
        let labels = try Fixture.elements(document, "g", class: "axis-x").first?.children?.compactMap {
            $0 as? XMLElement
        }
        let firstLabel = try #require(labels?.first { $0.name == "text" })
        let january = try #require(markers.first)
        let januaryCentre = try #require(circleCentre(january.attribute(forName: "d")?.stringValue ?? ""))
        #expect(abs(januaryCentre.0 - (Fixture.number(firstLabel, "x") ?? -1)) < 0.011)
    }

    @Test func barRunsFromZeroGridlineToItsValue() throws {
        let html = try Fixture.render("type: bar\ndata: metrics/monthly.csv\nx: month\ny: contacts\ntitle: T")
        let document = try Fixture.document(html)
        let zero = try #require(
            try gridline(document, axis: "axis-y", label: Fixture.formatter.number(0, fractionDigits: 0)))
        let top = try #require(
            try gridline(document, axis: "axis-y", label: Fixture.formatter.number(200, fractionDigits: 0)))
        let bars = try Fixture.elements(document, "rect", class: "bar")
        let february = try #require(bars.dropFirst().first)
        let y = try #require(Fixture.number(february, "y"))
        let height = try #require(Fixture.number(february, "height"))
        #expect(abs(y - top) < 0.011)
        #expect(abs(y + height - zero) < 0.011)
    }

    @Test func horizontalBarEndsAtItsGridline() throws {
        let html = try Fixture.render("type: hbar\ndata: metrics/monthly.csv\nx: channel\ny: contacts\ntitle: T")
        let document = try Fixture.document(html)
        let zero = try #require(
            try gridline(document, axis: "axis-x", label: Fixture.formatter.number(0, fractionDigits: 0)))
        let mark = try #require(
            try gridline(document, axis: "axis-x", label: Fixture.formatter.number(100, fractionDigits: 0)))
        let bar = try #require(try Fixture.elements(document, "rect", class: "bar").first)
        #expect(abs((Fixture.number(bar, "x") ?? -1) - zero) < 0.011)
        #expect(abs((Fixture.number(bar, "x") ?? 0) + (Fixture.number(bar, "width") ?? 0) - mark) < 0.011)
    }

    @Test func stackTopsAtTheRowTotal() throws {
        let html = try Fixture.render(
            "type: stacked-bar\ndata: metrics/monthly.csv\nx: month\ny: [contacts, email]\ntitle: T")
        let document = try Fixture.document(html)
        // Row 4: 300 + 80 = 380; the nice ticks run in steps of 100, so check 300 on the first segment.
        let gridY = try #require(
            try gridline(document, axis: "axis-y", label: Fixture.formatter.number(300, fractionDigits: 0)))
        let bars = try Fixture.elements(document, "rect", class: "bar")
        let april = try #require(bars.dropFirst(3).first)
        #expect(abs((Fixture.number(april, "y") ?? -1) - gridY) < 0.011)
    }

    @Test func fullStacksReachOneHundredPercent() throws {
        let html = try Fixture.render(
            "type: stacked-bar-100\ndata: metrics/monthly.csv\nx: month\ny: [contacts, email]\ntitle: T")
        let document = try Fixture.document(html)
        let full = try #require(
            try gridline(document, axis: "axis-y", label: Fixture.formatter.percent(1, fractionDigits: 0)))
        let emailBars = try Fixture.elements(document, "rect", class: "series-2").filter {
            $0.attribute(forName: "class")?.stringValue == "bar series-2"
        }
        let first = try #require(emailBars.first)
        #expect(abs((Fixture.number(first, "y") ?? -1) - full) < 0.011)
    }

    @Test func scatterPointSitsOnBothGridlines() throws {
        let html = try Fixture.render("type: scatter\ndata: metrics/monthly.csv\nx: contacts\ny: email\ntitle: T")
        let document = try Fixture.document(html)
        let x = try #require(
            try gridline(document, axis: "axis-x", label: Fixture.formatter.number(200, fractionDigits: 0)))
        let y = try #require(
            try gridline(document, axis: "axis-y", label: Fixture.formatter.number(60, fractionDigits: 0)))
        let markers = try Fixture.elements(document, "path", class: "marker")
        let point = try #require(markers.dropFirst().first)
        let centre = try #require(circleCentre(point.attribute(forName: "d")?.stringValue ?? ""))
        #expect(abs(centre.0 - x) < 0.011)
        #expect(abs(centre.1 - y) < 0.011)
    }

    @Test func sparklineSpansItsViewBox() throws {
        let html = try Fixture.render("type: sparkline\ndata: metrics/monthly.csv\ny: contacts")
        let document = try Fixture.document(html)
        #expect(try Fixture.elements(document, "svg").first?.attribute(forName: "viewBox")?.stringValue == "0 0 240 60")
        let circles = try Fixture.elements(document, "circle")
        let april = try #require(circles.dropFirst(3).first)
        // Ticks over 50…300 with two intervals: 0…400 in steps of 200; 300 sits at 6 + 48 × (1 − 300/400) = 18.
        #expect(Fixture.number(april, "cy") == 18)
        // Six bands over 6…234 are 38 wide; the fourth centre is 6 + 3.5 × 38.
        #expect(Fixture.number(april, "cx") == 139)
    }

    @Test func areaFillsDownToTheBaseline() throws {
        let html = try Fixture.render("type: area\ndata: metrics/monthly.csv\nx: month\ny: contacts\ntitle: T")
        let document = try Fixture.document(html)
        let zero = try #require(
            try gridline(document, axis: "axis-y", label: Fixture.formatter.number(0, fractionDigits: 0)))
        let area = try #require(
            try Fixture.elements(document, "path", class: "area").first?.attribute(forName: "d")?.stringValue)
        #expect(area.hasSuffix(" \(SVGNumber.text(zero))Z"))
    }

    @Test func groupedBarsSitSideBySide() throws {
        let html = try Fixture.render(
            "type: grouped-bar\ndata: metrics/monthly.csv\nx: month\ny: [contacts, email]\ntitle: T")
        let document = try Fixture.document(html)
        let bars = try Fixture.elements(document, "rect", class: "bar")
        let contacts = try #require(bars.first), email = try #require(bars.dropFirst(6).first)
        let end = (Fixture.number(contacts, "x") ?? 0) + (Fixture.number(contacts, "width") ?? 0)
        #expect(abs((Fixture.number(email, "x") ?? 0) - end - 1) < 0.011)
        let gridY = try #require(
            try gridline(document, axis: "axis-y", label: Fixture.formatter.number(100, fractionDigits: 0)))
        #expect(abs((Fixture.number(contacts, "y") ?? 0) - gridY) < 0.011)
    }
}
