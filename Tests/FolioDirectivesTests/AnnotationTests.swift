import FolioData
import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioCharts
@testable import FolioDirectives

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `annotations:` and `events:` on time axes: drawn, named in both languages, placed without
/// collisions (checked on the SVG's own coordinates) and refused at their line when wrong.
/// The block starts on line 10 of the Markdown file, so YAML line n is file line 9 + n.
@Suite struct AnnotationTests {
    static let events = [
        ChartEvent(
            id: "phone-system", x: .month(year: 2025, month: 3),
            labels: ["sv": "nytt telefonsystem", "ro": "sistem telefonic nou"]),
        ChartEvent(
            id: "self-service", x: .month(year: 2025, month: 5), labels: ["sv": "självservice", "ro": "autoservire"]),
        ChartEvent(id: "old-crm", x: .month(year: 2024, month: 6), labels: ["sv": "gammalt CRM", "ro": "CRM vechi"]),
    ]

    func render(_ yaml: String, language: String = "sv") throws -> String {
        var renderer =
            language == "ro"
            ? DirectiveRenderer(
                tables: Fixture.tables, formatter: Fixture.romanianFormatter,
                strings: try ChartStrings(lookup: { Fixture.romanian[$0] }))
            : try Fixture.renderer
        renderer.language = language
        renderer.events = Self.events
        return try renderer.render(.chart, yaml: yaml, location: Fixture.location, id: "chart-1").html
    }

    let base = "type: line\ndata: metrics/monthly.csv\nx: month\ny: csat\ntitle: CSAT\n"

    // MARK: Drawing and words

    @Test func namesAnnotationsInKeyAndDescriptionInSwedish() throws {
        let html = try render(base + "annotations:\n  - {x: 2025-02, label: kampanj}\nevents: [phone-system]")
        #expect(html.contains("<li>februari 2025: kampanj</li><li>mars 2025: nytt telefonsystem</li>"))
        #expect(html.contains("Markerade händelser: februari 2025: kampanj; mars 2025: nytt telefonsystem."))
        #expect(html.contains(">Händelser</p>"))
        let document = try Fixture.document(html)
        #expect(try Fixture.elements(document, "circle", class: "annotation-marker").count == 2)
        let numbers = try Fixture.elements(document, "text", class: "annotation-number").map(\.stringValue)
        #expect(numbers == ["1", "2"])
    }

    @Test func picksTheLabelOfThePageLanguageInRomanian() throws {
        let html = try render(
            base + "annotations:\n  - {x: 2025-02, label: {sv: kampanj, ro: campanie}}\nevents: true", language: "ro")
        #expect(html.contains("<li>februarie 2025: campanie</li><li>martie 2025: sistem telefonic nou</li>"))
        #expect(html.contains("<li>mai 2025: autoservire</li>"))
        #expect(
            html.contains(
                "Evenimente marcate: februarie 2025: campanie; martie 2025: sistem telefonic nou; mai 2025: autoservire."
            ))
        // `events: true` leaves out the events off this chart's axis.
        #expect(!html.contains("CRM"))
    }

    @Test func captionNamesTheLatestPeriodInBothLanguages() throws {
        #expect(try render(base).contains("<span class=\"chart-latest\">Senaste värde: juni 2025</span>"))
        #expect(
            try render(base, language: "ro").contains("<span class=\"chart-latest\">Ultima valoare: iunie 2025</span>"))
        // Categories have no latest period.
        let teams = try render("type: bar\ndata: metrics/teams.csv\nx: team\ny: csat\ntitle: Team")
        #expect(!teams.contains("chart-latest"))
    }

    @Test func escapesHostileAnnotationText() throws {
        let html = try render(base + "annotations:\n  - {x: 2025-02, label: \"</svg><script>alert(1)</script>\"}")
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;/svg&gt;&lt;script&gt;"))
        _ = try Fixture.document(html)
    }

    @Test func placesADayBetweenTheMonthsAroundIt() throws {
        let cells: [Cell] = (1...3).map { .month(year: 2025, month: $0) }
        #expect(ChartAnnotation.position(of: .month(year: 2025, month: 2), along: cells) == 1)
        let mid = try #require(ChartAnnotation.position(of: .day(year: 2025, month: 1, day: 16), along: cells))
        #expect(abs(mid - 15.0 / 31.0) < 1e-9)
        #expect(ChartAnnotation.position(of: .month(year: 2025, month: 4), along: cells) == nil)
        #expect(ChartAnnotation.position(of: .month(year: 2024, month: 12), along: cells) == nil)
    }

    // MARK: Geometry

    /// Boxes of every text of the chart other than the markers, estimated as `TextMetrics` does
    /// (width) over one font size above the baseline to 4 units below it.
    func textBoxes(_ document: XMLDocument) throws -> [Rect] {
        try Fixture.elements(document, "text").compactMap { text -> Rect? in
            guard text.attribute(forName: "class")?.stringValue != "annotation-number",
                let x = Fixture.number(text, "x"), let y = Fixture.number(text, "y")
            else { return nil }
            let width = TextMetrics.width(of: text.stringValue ?? "", fontSize: ChartCanvas.fontSize)
            let left: Double =
                switch text.attribute(forName: "text-anchor")?.stringValue {
                case "end": x - width
                case "middle": x - width / 2
                default: x
                }
            return Rect(x: left, y: y - ChartCanvas.fontSize, width: width, height: ChartCanvas.fontSize + 4)
        }
    }

    func overlaps(_ a: Rect, _ b: Rect) -> Bool {
        a.x < b.maxX && b.x < a.maxX && a.y < b.maxY && b.y < a.maxY
    }

    @Test func markersMissLegendTitlesTickLabelsReferenceLabelsAndEachOther() throws {
        let yaml = """
            type: line
            data: metrics/monthly.csv
            x: month
            y: [contacts, email]
            labels: {contacts: Kontakter totalt, email: E-post}
            title: Kontakter
            y_title: Antal kontakter per månad
            target: 300
            reference: [{value: 290, label: Riktmärke}]
            annotations:
              - {x: 2025-01, label: a}
              - {x: 2025-01-10, label: b}
              - {x: 2025-01-20, label: c}
              - {x: 2025-06, label: d}
              - {x: 2025-05-25, label: e}
            """
        let document = try Fixture.document(try render(yaml))
        let markers = try Fixture.elements(document, "circle", class: "annotation-marker").compactMap { circle in
            Fixture.number(circle, "cx").flatMap { cx in
                Fixture.number(circle, "cy").map { cy in
                    Rect(
                        x: cx - AnnotationMarks.radius, y: cy - AnnotationMarks.radius,
                        width: 2 * AnnotationMarks.radius,
                        height: 2 * AnnotationMarks.radius)
                }
            }
        }
        #expect(markers.count == 5)
        let texts = try textBoxes(document)
        #expect(texts.count > 10)
        for (index, marker) in markers.enumerated() {
            #expect(marker.x >= 0 && marker.maxX <= ChartCanvas.width)
            for text in texts { #expect(!overlaps(marker, text), "marker \(index + 1) overlaps \(text)") }
            for other in markers[(index + 1)...] { #expect(!overlaps(marker, other)) }
        }
    }

    @Test func crowdedMarkersStaySeparateAndInsideThePlot() {
        let lines = Array(repeating: 440.0, count: 12) + [50, 51]
        let centres = AnnotationMarks.markerCentres(lines, from: 40, to: 450)
        let sorted = centres.sorted()
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            #expect(b - a >= 2 * AnnotationMarks.radius + AnnotationMarks.gap - 1e-9)
        }
        #expect((sorted.first ?? 0) >= 40 + AnnotationMarks.radius)
        #expect((sorted.last ?? .infinity) <= 450 - AnnotationMarks.radius)
        // Markers keep the order of their lines, so the leaders never cross.
        let order = lines.indices.sorted { (lines[$0], $0) < (lines[$1], $1) }
        #expect(order.map { centres[$0] } == order.map { centres[$0] }.sorted())
    }

    // MARK: Bad input

    func error(_ yaml: String) throws -> Diagnostic {
        try #require(diagnostic { _ = try render(yaml) })
    }

    @Test func rejectsAnnotationOutsideTheAxisAtItsLine() throws {
        let found = try error(base + "annotations:\n  - {x: 2025-02, label: a}\n  - {x: 2025-09, label: b}")
        #expect(found.location == SourceLocation(path: "content/sv/kanaler.md", line: 17, column: 9))
        #expect(found.message.contains("annotation 2025-09 is outside the chart's axis (2025-01 – 2025-06)"))
        #expect(found.hint?.contains("2025-01 – 2025-06") == true)
    }

    @Test func rejectsMalformedAnnotationsAtTheirLine() throws {
        let missingX = try error(base + "annotations:\n  - {label: a}")
        #expect(missingX.location.line == 16)
        #expect(missingX.message.contains("needs 'x'"))
        let missingLabel = try error(base + "annotations:\n  - {x: 2025-02}")
        #expect(missingLabel.location.line == 16)
        #expect(missingLabel.message.contains("needs 'label'"))
        let badDate = try error(base + "annotations:\n  - {x: 2025-13, label: a}")
        #expect(badDate.location == SourceLocation(path: "content/sv/kanaler.md", line: 16, column: 9))
        #expect(badDate.message.contains("month (2025-07) or a day (2025-07-15), not '2025-13'"))
        let badDay = try error(base + "annotations:\n  - {x: 2025-02-30, label: a}")
        #expect(badDay.message.contains("not '2025-02-30'"))
        let noLanguage = try error(base + "annotations:\n  - {x: 2025-02, label: {ro: campanie}}")
        #expect(noLanguage.message.contains("no 'sv' text"))
        let unknownKey = try error(base + "annotations:\n  - {x: 2025-02, labl: a}")
        #expect(unknownKey.message.contains("unknown key 'labl'"))
        let notList = try error(base + "annotations: 2025-02")
        #expect(notList.message.contains("must be a list"))
    }

    @Test func rejectsUnknownEventWithNearestId() throws {
        let found = try error(base + "events: [phone-sytem]")
        #expect(found.location == SourceLocation(path: "content/sv/kanaler.md", line: 15, column: 10))
        #expect(found.message.contains("unknown event 'phone-sytem'"))
        #expect(found.hint?.contains("did you mean 'phone-system'?") == true)
    }

    @Test func rejectsNamedEventOffTheAxis() throws {
        let found = try error(base + "events: [old-crm]")
        #expect(found.message.contains("event 'old-crm' 2024-06 is outside the chart's axis"))
        #expect(found.location.line == 15)
    }

    @Test func rejectsAnnotationsOnChartsWithoutTimeAxis() throws {
        let found = try error(
            "type: bar\ndata: metrics/teams.csv\nx: team\ny: csat\ntitle: T\nannotations: [{x: 2025-02, label: a}]")
        #expect(found.location.line == 15)
        #expect(found.message.contains("needs a time axis"))
    }

    @Test func rejectsMoreAnnotationsThanFit() throws {
        let items = (1...13).map { "  - {x: 2025-0\(($0 % 6) + 1), label: e\($0)}" }.joined(separator: "\n")
        let found = try error(base + "annotations:\n" + items)
        #expect(found.message.contains("13 annotations on one chart; at most 12"))
    }
}
