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
    static func openingDataTables(_ html: String) -> String {
        guard html.contains(toggle) else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count)
        var rest = html[...]
        while let open = rest.range(of: toggle) {
            var inner = rest[open.upperBound...]
            if inner.hasPrefix(summary), let end = inner.range(of: summaryEnd) { inner = inner[end.upperBound...] }
            guard let close = inner.range(of: toggleEnd) else { break }
            result += rest[..<open.lowerBound]
            result += "<div class=\"chart-data\">"
            result += inner[..<close.lowerBound]
            result += "</div>"
            rest = inner[close.upperBound...]
        }
        result += rest
        return result
    }

    /// `html` without its `<p class="data-download">…</p>` paragraphs.
    static func removingDownloads(_ html: String) -> String {
        guard html.contains(download) else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count)
        var rest = html[...]
        while let open = rest.range(of: download), let close = rest[open.upperBound...].range(of: paragraphEnd) {
            result += rest[..<open.lowerBound]
            rest = rest[close.upperBound...]
        }
        result += rest
        return result
    }
}
