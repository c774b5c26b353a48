import FolioData
import Foundation
import Testing

@testable import FolioCharts

@Suite struct CSVDownloadTests {
    let swedish = ValueFormatter(localeIdentifier: "sv_SE")

    func text(_ download: CSVDownload) -> String {
        String(decoding: download.bytes.dropFirst(3), as: UTF8.self)
    }

    @Test func writesUTF8WithBOMSemicolonsDecimalCommasAndCRLF() {
        let download = CSVDownload.make(
            id: "chart-3",
            fields: [
                .init(header: "Månad", format: nil, decimals: 0),
                .init(header: "CSAT", format: .percent, decimals: 1),
                .init(header: "Svarstid", format: .duration, decimals: 0),
                .init(header: "Kontakter", format: .number, decimals: 0),
            ],
            rows: [[.month(year: 2026, month: 3), .number(0.835), .number(90), .number(1248)]],
            formatter: swedish)
        #expect(download.fileName == "chart-3.csv")
        #expect(Array(download.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text(download) == "Månad;CSAT (%);Svarstid (min);Kontakter\r\nmars 2026;83,5;1,50;1248\r\n")
    }

    @Test func quotesSeparatorsAndNeutralisesFormulas() {
        let download = CSVDownload.make(
            id: "table-1", fields: [.init(header: "Team; \"namn\"", format: nil, decimals: 0)],
            rows: [[.text("=HYPERLINK(\"x\")")], [.text("</svg><script>")], [.missing]], formatter: swedish)
        #expect(
            text(download)
                == "\"Team; \"\"namn\"\"\"\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n</svg><script>\r\n\r\n")
    }

    @Test func linksToTheFileNextToThePage() throws {
        let strings = try ChartStrings(lookup: { $0 == "downloadData" ? "Ladda ned <data>" : $0 })
        #expect(
            CSVDownload.link(id: "chart-3", strings: strings)
                == "<p class=\"data-download\"><a href=\"chart-3.csv\" download=\"\">Ladda ned &lt;data&gt;</a></p>")
    }
}
