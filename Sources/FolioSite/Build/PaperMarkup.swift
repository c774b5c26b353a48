import FolioHTML

/// A rendered body made for paper (issue 34): on screen each chart keeps its numbers behind a
/// `<details class="chart-data">` toggle ("Visa data") and every chart, table and KPI group has a
/// "Ladda ned data (CSV)" link; on paper a closed toggle hides the numbers for good and a download
/// link leads nowhere. So the print edition and `folio pdf PAGE…` print each data table open, as a
/// plain `<div class="chart-data">` without its summary, and leave the download links out. The
/// charts' SVG is not touched, so they stay vectors.
///
/// Pure and byte-exact outside the two shapes it rewrites, which are exactly what `ChartFigure`,
/// `FacetFigure` and `CSVDownload.link` write (authors' text is escaped, so it cannot forge them).
public enum PaperMarkup {
    static let toggle = "<details class=\"chart-data\">"
    static let summary = "<summary>"
    static let summaryEnd = "</summary>"
    static let toggleEnd = "</details>"
    static let download = "<p class=\"data-download\">"
    static let paragraphEnd = "</p>"

    /// `html` with every chart's data table open and every CSV download link left out.
    public static func forPaper(_ html: String) -> String {
        removingDownloads(openingDataTables(html))
    }

    /// A built page as paper shows it when printed from another folder (`folio pdf PAGE…`): `forPaper`,
    /// and a `<base>` at the page's own folder (`file:///…/site/sv/lag/goteborg/`) so its stylesheet
    /// and images resolve; placed after `<meta charset>`, which must stay in the first 1,024 bytes.
    public static func page(_ html: String, base: String) -> String {
        let paper = forPaper(html)
        let tag = "<base href=\"" + Markup.escaped(base) + "\">"
        for anchor in ["<meta charset=\"utf-8\">", "<head>"] {
            if let range = paper.range(of: anchor) {
                return paper.replacingCharacters(in: range, with: anchor + "\n" + tag)
            }
        }
        return tag + paper
    }

    /// Each `<details class="chart-data"><summary>…</summary>TABLE</details>` as `<div class="chart-data">TABLE</div>`.
    /// A data table holds no `<details>` of its own, so its toggle ends at the next `</details>`.
    ///
    /// Searched as UTF-8 bytes (`ByteSearch`): `range(of:)` on what is left of a print edition
    /// bridged all of it to `NSString` for each table, 10,000 times over 31 MB for a site of 10,000
    /// pages from data, 11 s of a one-row edit in `folio serve` (bench/pages-from-data).
    static func openingDataTables(_ html: String) -> String {
        let bytes = Array(html.utf8)
        let (toggle, summary, summaryEnd, toggleEnd) = (
            Array(Self.toggle.utf8), Array(Self.summary.utf8), Array(Self.summaryEnd.utf8), Array(Self.toggleEnd.utf8)
        )
        var next = ByteSearch.firstIndex(of: toggle, in: bytes)
        guard next != nil else { return html }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        while let open = next {
            var inner = open + toggle.count
            if bytes[inner...].starts(with: summary),
                let end = ByteSearch.firstIndex(of: summaryEnd, in: bytes, from: inner)
            {
                inner = end + summaryEnd.count
            }
            guard let close = ByteSearch.firstIndex(of: toggleEnd, in: bytes, from: inner) else { break }
            output += bytes[copied..<open]
            output += "<div class=\"chart-data\">".utf8
            output += bytes[inner..<close]
            output += "</div>".utf8
            copied = close + toggleEnd.count
            next = ByteSearch.firstIndex(of: toggle, in: bytes, from: copied)
        }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }

    /// `html` without its `<p class="data-download">…</p>` paragraphs (searched as bytes, as above).
    static func removingDownloads(_ html: String) -> String {
        let bytes = Array(html.utf8)
        let (download, paragraphEnd) = (Array(Self.download.utf8), Array(Self.paragraphEnd.utf8))
        var next = ByteSearch.firstIndex(of: download, in: bytes)
        guard next != nil else { return html }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        while let open = next,
            let close = ByteSearch.firstIndex(of: paragraphEnd, in: bytes, from: open + download.count)
        {
            output += bytes[copied..<open]
            copied = close + paragraphEnd.count
            next = ByteSearch.firstIndex(of: download, in: bytes, from: copied)
        }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }
}
