import FolioData
import FolioTestSupport
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

    /// The number as `String(format:)`, `Double(_:)` and `replacingOccurrences` wrote it before
    /// the buffer path: the reference the fast one must match.
    func referenceNumber(_ value: Double, decimals: Int, formatter: ValueFormatter) -> String {
        guard value.isFinite else { return "" }
        var text = String(format: "%.\(max(0, min(decimals, 6)))f", value)
        if Double(text) == 0 { text = String(format: "%.\(max(0, min(decimals, 6)))f", 0.0) }
        return text.replacingOccurrences(of: ".", with: String(formatter.decimalMark))
    }

    @Test func writesNumbersAsTheFoundationFormatDid() {
        let seed = UInt64.random(in: 0...UInt64.max)
        print("CSVDownloadTests.writesNumbersAsTheFoundationFormatDid: seed \(seed)")
        var random = SeededRandom(seed: seed)
        let formatters = [
            swedish, ValueFormatter(localeIdentifier: "en_US"), ValueFormatter(localeIdentifier: "ar_EG"),
        ]
        let edges: [Double] = [
            0, -0.0, 0.5, 1.5, 2.5, -0.5, 0.125, 0.0049, -0.0049, 1e-7, -1e-7, 0.005, 1.005, 999.9995, 1e15, -1e22,
            .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude, .nan, .infinity, -.infinity,
        ]
        for round in 0..<20_000 {
            let value: Double
            switch round % 4 {
            case 0: value = edges[Int.random(in: 0..<edges.count, using: &random)]
            case 1: value = Double(Int.random(in: -100_000...100_000, using: &random)) / 1000
            case 2: value = Double(bitPattern: random.next())
            default: value = Double.random(in: -1e6...1e6, using: &random)
            }
            let decimals = Int.random(in: -2...9, using: &random)
            let formatter = formatters[round % formatters.count]
            #expect(
                CSVDownload.number(value, decimals: decimals, formatter: formatter)
                    == referenceNumber(value, decimals: decimals, formatter: formatter),
                "seed \(seed), round \(round): \(value) with \(decimals) decimals")
        }
    }
}
