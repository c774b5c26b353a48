import FolioTestSupport
import Foundation
import Testing

@testable import FolioCharts
@testable import FolioDirectives

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct TableBlockTests {
    @Test func rendersSelectedColumnsWithHeadersAndCaption() throws {
        let html = try Fixture.render(
            """
            data: metrics/monthly.csv
            columns: [channel, contacts]
            labels: {contacts: Kontakter}
            caption: Per kanal
            sort: -contacts
            limit: 3
            """, kind: .table, id: "table-1")
        let document = try Fixture.document(html)
        #expect(try Fixture.elements(document, "caption").first?.stringValue == "Per kanal")
        let headers = try Fixture.elements(document, "th").filter {
            $0.attribute(forName: "scope")?.stringValue == "col"
        }
        #expect(headers.map(\.stringValue) == ["channel", "Kontakter"])
        let cells = try Fixture.elements(document, "td", class: "num").compactMap(\.stringValue)
        // Sorted descending, then the last three rows kept.
        #expect(cells == [150, 100, 50].map { Fixture.formatter.number($0) })
        #expect(html.contains("<th scope=\"row\">Telefon</th>"))
        #expect(html.contains("E-post"))
    }

    @Test func filtersRowsByValue() throws {
        let html = try Fixture.render("data: metrics/monthly.csv\nfilter: {month: 2025-03}", kind: .table, id: "t")
        let rows = try Fixture.elements(Fixture.document(html), "tr")
        #expect(rows.count == 2)
        #expect(html.contains("E-post"))
        #expect(!html.contains("Telefon"))
    }

    @Test func rejectsUnknownSortColumn() throws {
        let diagnostic = try #require(
            diagnostic {
                _ = try Fixture.render("data: metrics/monthly.csv\nsort: -kontakter", kind: .table, id: "t")
            })
        #expect(diagnostic.message.contains("column 'kontakter'"))
    }
}
