import FolioData
import FolioHTML

/// Wraps a drawing in the accessible figure every chart shares: caption on top, the SVG named by
/// its `<title>` and `<desc>`, and the numbers themselves in a table behind `<details>`.
public enum ChartFigure {
    /// - Parameter language: the page's language; text cells of a data file declaring another
    ///   (`lang: sv`) are marked with it in the data table.
    public static func html(
        for spec: ChartSpec, id: String, formatter: ValueFormatter, strings: ChartStrings, language: String? = nil
    ) -> String {
        if let facets = spec.facets {
            return FacetFigure.html(
                for: spec, facets: facets, id: id, formatter: formatter, strings: strings, language: language)
        }
        let context = ChartContext(spec: spec, id: id, formatter: formatter, strings: strings)
        let data = ChartData(spec: spec, formatter: formatter)
        var html = MarkupWriter()
        html.open("figure", [("class", "chart chart-\(spec.type.rawValue)"), ("id", id)])
        let latest = latestPeriod(spec: spec, data: data, formatter: formatter, strings: strings)
        if spec.title != nil || spec.caption != nil || latest != nil {
            html.open("figcaption")
            if let title = spec.title { html.element("span", [("class", "chart-title")], text: title) }
            if let caption = spec.caption { html.element("span", [("class", "chart-caption")], text: caption) }
            if let latest { html.element("span", [("class", "chart-latest")], text: latest) }
            html.close("figcaption")
        }
        if data.isEmpty {
            html.element("p", [("class", "chart-empty")], text: strings.noData)
            html.close("figure")
            return html.output
        }
        let drawing = spec.type.kind.draw(data, context: context)
        html.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("viewBox", "0 0 \(SVGNumber.text(drawing.width)) \(SVGNumber.text(drawing.height))"),
                ("width", "100%"), ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
                ("class", "chart-svg"),
            ])
        html.element(
            "title", [("id", "\(id)-title")], text: spec.title ?? data.series.map(\.label).joined(separator: ", "))
        html.element("desc", [("id", "\(id)-desc")], text: ChartDescription.text(data, context: context))
        html.raw(drawing.body)
        html.close("svg")
        html.raw(annotationKey(spec: spec, id: id, formatter: formatter, strings: strings))
        html.open("details", [("class", "chart-data")])
        html.element("summary", text: strings.dataTable)
        let regionLabel = [spec.title, strings.dataTable].compactMap { $0 }.joined(separator: ": ")
        html.raw(
            table(for: spec, data: data, formatter: formatter, strings: strings, language: language).html(
                regionLabel: regionLabel))
        html.close("details")
        html.raw(CSVDownload.link(id: id, strings: strings))
        html.raw(
            Provenance.html(
                source: spec.source, table: spec.table, rows: data.rows, formatter: formatter, strings: strings))
        html.close("figure")
        return html.output
    }

    /// "Senaste värde: oktober 2025": the period of the newest value on a month or date axis, so
    /// readers see how fresh the figure is; nil for categories and scatter.
    static func latestPeriod(spec: ChartSpec, data: ChartData, formatter: ValueFormatter, strings: ChartStrings)
        -> String?
    {
        guard spec.type != .scatter, [.month, .date].contains(spec.x.type), !data.isEmpty,
            let row = data.latestRow
        else { return nil }
        return ChartStrings.fill(strings.latestValue, ["period": data.periods[row]])
    }

    /// "juli 2025: nytt telefonsystem": an annotation as the key and the description name it.
    static func annotationText(_ annotation: ChartAnnotation, formatter: ValueFormatter) -> String {
        let type: ColumnType = if case .day = annotation.x { .date } else { .month }
        return formatter.format(annotation.x, as: type) + ": " + annotation.label
    }

    /// The numbered key of the annotations, under the SVG: the words the markers stand for, in HTML
    /// so they wrap with the page and never collide with the drawing.
    static func annotationKey(spec: ChartSpec, id: String, formatter: ValueFormatter, strings: ChartStrings)
        -> String
    {
        guard !spec.annotations.isEmpty else { return "" }
        var html = MarkupWriter()
        html.open("div", [("class", "chart-annotations")])
        html.element(
            "p", [("class", "chart-annotations-title"), ("id", "\(id)-annotations")], text: strings.annotations)
        html.open("ol", [("aria-labelledby", "\(id)-annotations")])
        for annotation in spec.annotations {
            html.element("li", text: annotationText(annotation, formatter: formatter))
        }
        html.close("ol")
        html.close("div")
        return html.output
    }

    /// The chart's rows: point label (scatter), x, then each y column, formatted for the page's locale
    /// with the same decimals as the marks' titles and the description (shares in a 100 % chart).
    /// A date or month column with no label of its own is headed with the localized word for period.
    static func table(
        for spec: ChartSpec, data: ChartData, formatter: ValueFormatter, strings: ChartStrings, language: String? = nil
    ) -> DataTableHTML {
        let foreign = spec.table.language.flatMap { $0 == language ? nil : $0 }
        let columns = (spec.pointLabel.map { [$0] } ?? []) + [spec.x] + spec.y
        let unlabelledTime =
            spec.xTitle == nil && spec.labels[spec.x.name] == nil && [.month, .date].contains(spec.x.type)
        let headers = columns.enumerated().map { index, column in
            DataTableHTML.Header(
                label: index == columns.count - spec.y.count - 1
                    ? (unlabelledTime ? strings.period : data.xLabel) : spec.label(for: column),
                numeric: index >= columns.count - spec.y.count,
                language: column.type == .text && index < columns.count - spec.y.count ? foreign : nil)
        }
        let leading = columns.count - spec.y.count
        let rows = data.rows.indices.map { position in
            columns.indices.map { index -> String in
                let row = data.rows[position]
                guard index >= leading else {
                    let cell = columns[index].values[row]
                    if index == leading - 1, let xFormat = data.xFormat, let value = cell.number {
                        return xFormat.text(value, formatter: formatter, decimals: data.xDecimals)
                    }
                    return formatter.format(cell, as: columns[index].type)
                }
                let series = index - leading
                return data.series[series].values[position].map {
                    data.text($0, series: series, formatter: formatter)
                } ?? "–"
            }
        }
        return DataTableHTML(caption: nil, headers: headers, rows: rows)
    }

    /// The chart's numbers as the table shows them (shares in a 100 % chart), as a CSV file; small
    /// multiples give one file for the whole, the facet value first.
    public static func csv(for spec: ChartSpec, id: String, formatter: ValueFormatter, strings: ChartStrings)
        -> CSVDownload?
    {
        if let facets = spec.facets { return FacetFigure.csv(facets, id: id, formatter: formatter, strings: strings) }
        guard let content = csvContent(for: spec, formatter: formatter, strings: strings) else { return nil }
        return CSVDownload.make(id: id, fields: content.fields, rows: content.rows, formatter: formatter)
    }

    /// The fields and rows of a chart's CSV; nil when there is nothing to draw.
    static func csvContent(for spec: ChartSpec, formatter: ValueFormatter, strings: ChartStrings)
        -> (fields: [CSVDownload.Field], rows: [[Cell]])?
    {
        let data = ChartData(spec: spec, formatter: formatter)
        guard !data.isEmpty else { return nil }
        let headers = table(for: spec, data: data, formatter: formatter, strings: strings).headers
        let leading = headers.count - spec.y.count
        let fields = headers.indices.map { index in
            index < leading
                ? CSVDownload.Field(
                    header: headers[index].label, format: index == leading - 1 ? data.xFormat : nil,
                    decimals: data.xDecimals)
                : CSVDownload.Field(
                    header: headers[index].label, format: data.format,
                    decimals: data.series[index - leading].decimals)
        }
        let columns = (spec.pointLabel.map { [$0] } ?? []) + [spec.x]
        let rows = data.rows.indices.map { position in
            columns.map { $0.values[data.rows[position]] }
                + data.series.map { $0.values[position].map(Cell.number) ?? .missing }
        }
        return (fields, rows)
    }
}
