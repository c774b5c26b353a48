import FolioHTML

/// An HTML `<table>` of already formatted values: the chart's numbers behind "Show data",
/// and ```table blocks. Numeric columns get `class="num"` so CSS can right-align them.
public struct DataTableHTML: Sendable {
    public struct Header: Sendable {
        public var label: String
        public var numeric: Bool
        /// The language of this column's cells when it is not the page's (`lang` on each cell).
        public var language: String?

        public init(label: String, numeric: Bool, language: String? = nil) {
            self.label = label
            self.numeric = numeric
            self.language = language
        }
    }

    public var caption: String?
    public var headers: [Header]
    /// Already formatted cells, one list per row.
    public var rows: [[String]]

    public init(caption: String?, headers: [Header], rows: [[String]]) {
        self.caption = caption
        self.headers = headers
        self.rows = rows
    }

    /// The table inside a scroll region: a wide table scrolls on its own instead of the page, and
    /// the region is focusable and named so keyboard users can scroll it (WCAG 2.1.1; axe
    /// `scrollable-region-focusable`).
    public func html(regionLabel: String) -> String {
        var html = MarkupWriter()
        html.open(
            "div", [("class", "table-scroll"), ("role", "region"), ("tabindex", "0"), ("aria-label", regionLabel)])
        html.raw(table)
        html.close("div")
        return html.output
    }

    private var table: String {
        var html = MarkupWriter()
        html.open("table", [("class", "data-table")])
        if let caption, !caption.isEmpty { html.element("caption", text: caption) }
        html.open("thead")
        html.open("tr")
        for header in headers {
            html.element("th", [("scope", "col")] + (header.numeric ? [("class", "num")] : []), text: header.label)
        }
        html.close("tr")
        html.close("thead")
        html.open("tbody")
        for row in rows {
            html.open("tr")
            for (index, cell) in row.enumerated() {
                let numeric = index < headers.count && headers[index].numeric
                let lang = (index < headers.count ? headers[index].language : nil).map { [("lang", $0)] } ?? []
                if index == 0 && !numeric {
                    html.element("th", [("scope", "row")] + lang, text: cell)
                } else {
                    html.element("td", (numeric ? [("class", "num")] : []) + lang, text: cell)
                }
            }
            html.close("tr")
        }
        html.close("tbody")
        html.close("table")
        return html.output
    }
}
