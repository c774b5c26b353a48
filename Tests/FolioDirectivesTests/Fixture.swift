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

/// Shared test data: six months of contact-centre metrics with a missing CSAT value and
/// channel names that try to break out of the markup.
enum Fixture {
    static let hostile = "</svg><script>alert('x')</script>"
    static let formatter = ValueFormatter(localeIdentifier: "sv_SE")
    static let location = SourceLocation(path: "content/sv/kanaler.md", line: 10, column: 1)

    /// The chart words of the bundled string tables, so descriptions are tested in the words
    /// readers get.
    static let swedish = chartStrings(language: "sv")
    static let romanian = chartStrings(language: "ro")
    static let romanianFormatter = ValueFormatter(localeIdentifier: "ro_RO")

    /// `templates/strings/<language>.yml`, only the chart keys (flat `key: value` lines).
    static func chartStrings(language: String) -> [String: String] {
        let url = Repository.url("templates/strings/\(language).yml")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var table: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            guard ChartStrings.keys.contains(key) else { continue }
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            table[key] = value
        }
        return table
    }

    static var strings: ChartStrings {
        get throws { try ChartStrings(lookup: { swedish[$0] }) }
    }

    static let monthly: DataTable = {
        let months: [Cell] = (1...6).map { .month(year: 2025, month: $0) }
        func numbers(_ values: [Double?]) -> [Cell] { values.map { $0.map(Cell.number) ?? .missing } }
        return DataTable(
            path: "content/data/metrics/monthly.csv",
            columns: [
                Column(name: "month", type: .month, values: months, index: 1),
                Column(name: "csat", type: .percent, values: numbers([0.8, 0.85, nil, 0.9, 0.7, 0.75]), index: 2),
                Column(name: "contacts", type: .number, values: numbers([100, 200, 150, 300, 250, 50]), index: 3),
                Column(name: "email", type: .number, values: numbers([40, 60, 50, 80, 70, 20]), index: 4),
                Column(name: "aht", type: .duration, values: numbers([300, 360, 420, 400, 380, 350]), index: 5),
                Column(
                    name: "channel", type: .text,
                    values: ["Telefon", "Chatt", "E-post", hostile, "Brev & fax", "Sociala \"medier\""].map(Cell.text),
                    index: 6),
            ],
            rowLines: Array(2...7))
    }()

    static var renderer: DirectiveRenderer {
        get throws {
            try DirectiveRenderer(
                tables: tables, formatter: formatter, strings: strings)
        }
    }

    static let tables = [
        "metrics/monthly.csv": monthly, "metrics/weekly.csv": monthly, "metrics/teams.csv": teams,
        "metrics/volumes.csv": volumes,
    ]

    /// A long table for small multiples and stacked areas: contacts per month, channel and team;
    /// one team's name tries to break out of the markup, and team Umeå has no chat in March.
    static let volumes: DataTable = {
        var rows: [(Cell, String, String, Double)] = []
        for month in 1...3 {
            for team in ["Umeå", hostile] {
                for (index, channel) in ["Telefon", "Chatt"].enumerated()
                where !(month == 3 && team == "Umeå" && channel == "Chatt") {
                    rows.append((.month(year: 2025, month: month), channel, team, Double(month * 10 + index * 100)))
                }
            }
        }
        return DataTable(
            path: "content/data/metrics/volumes.csv",
            columns: [
                Column(name: "month", type: .month, values: rows.map(\.0), index: 1),
                Column(name: "channel", type: .text, values: rows.map { .text($0.1) }, index: 2),
                Column(name: "team", type: .text, values: rows.map { .text($0.2) }, index: 3),
                Column(name: "contacts", type: .number, values: rows.map { .number($0.3) }, index: 4),
            ],
            rowLines: rows.indices.map { $0 + 2 })
    }()

    static func render(
        _ yaml: String, kind: DirectiveKind = .chart, id: String = "chart-1", language: String = "sv"
    ) throws -> String {
        let renderer =
            language == "ro"
            ? DirectiveRenderer(
                tables: tables, formatter: romanianFormatter, strings: try ChartStrings(lookup: { romanian[$0] }))
            : try renderer
        return try renderer.render(kind, yaml: yaml, location: location, id: id).html
    }

    /// Four teams: categories for descriptions, a relation for scatter.
    static let teams: DataTable = {
        func numbers(_ values: [Double]) -> [Cell] { values.map(Cell.number) }
        return DataTable(
            path: "content/data/metrics/teams.csv",
            columns: [
                Column(name: "team", type: .text, values: ["Umeå", "Iași", "Malmö", "Cluj"].map(Cell.text), index: 1),
                Column(name: "csat", type: .percent, values: numbers([0.862, 0.902, 0.84, 0.8]), index: 2),
                Column(name: "retention", type: .percent, values: numbers([0.91, 0.93, 0.9, 0.88]), index: 3),
                Column(name: "score", type: .number, values: numbers([4.4, 4, 3.8, 4.1]), index: 4),
            ],
            rowLines: Array(2...5))
    }()

    /// The fragment parsed as XML (HTML5 inline SVG written by Folio is well-formed XML too).
    ///
    /// The SVG namespace declaration is dropped first: swift-corelibs-foundation's
    /// `attribute(forName:)` finds nothing on namespaced elements.
    static func document(_ html: String) throws -> XMLDocument {
        let plain = html.replacingOccurrences(of: " xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        return try XMLDocument(xmlString: "<root>" + plain + "</root>")
    }

    static func elements(_ document: XMLDocument, _ name: String, class className: String? = nil) throws -> [XMLElement]
    {
        let predicate = className.map { "[contains(concat(' ', @class, ' '), ' \($0) ')]" } ?? ""
        return try document.nodes(forXPath: "//*[local-name()='\(name)']\(predicate)").compactMap { $0 as? XMLElement }
    }

    static func number(_ element: XMLElement, _ attribute: String) -> Double? {
        element.attribute(forName: attribute)?.stringValue.flatMap(Double.init)
    }
}
