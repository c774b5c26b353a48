import FolioData
import FolioHTML

/// Small multiples as one accessible figure: caption on top, a responsive grid of panels (CSS only,
/// `charts-facets.css`), each titled with its facet value, then one data table and one CSV for the
/// whole, with the facet value as the first column.
///
/// Screen readers get the grid as one image named by the chart's title and a description that goes
/// panel by panel ("Telefon: …"); the panels' SVGs are hidden from them, since the table and the
/// description hold the same numbers.
enum FacetFigure {
    static func html(
        for spec: ChartSpec, facets: ChartFacets, id: String, formatter: ValueFormatter, strings: ChartStrings,
        language: String?
    ) -> String {
        let panels = Self.panels(facets, id: id, formatter: formatter, strings: strings)
        var html = MarkupWriter()
        html.open("figure", [("class", "chart chart-\(spec.type.rawValue) chart-facets"), ("id", id)])
        if spec.title != nil || spec.caption != nil {
            html.open("figcaption")
            if let title = spec.title { html.element("span", [("class", "chart-title")], text: title) }
            if let caption = spec.caption { html.element("span", [("class", "chart-caption")], text: caption) }
            html.close("figcaption")
        }
        guard panels.contains(where: { !$0.data.isEmpty }) else {
            html.element("p", [("class", "chart-empty")], text: strings.noData)
            html.close("figure")
            return html.output
        }
        let title = spec.title ?? facets.panels.first.map { $0.spec.y.map($0.spec.label(for:)).joined(separator: ", ") }
        html.element("span", [("id", "\(id)-title"), ("hidden", "")], text: title ?? "")
        html.element("span", [("id", "\(id)-desc"), ("hidden", "")], text: description(spec, panels: panels))
        html.open("div", [("class", "facet-grid"), ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc")])
        for panel in panels {
            html.open("div", [("class", "facet-panel")])
            html.element("p", [("class", "facet-title")], text: panel.title)
            if panel.data.isEmpty {
                html.element("p", [("class", "chart-empty")], text: strings.noData)
            } else {
                let drawing = panel.context.spec.type.kind.draw(panel.data, context: panel.context)
                html.open(
                    "svg",
                    [
                        ("xmlns", "http://www.w3.org/2000/svg"),
                        ("viewBox", "0 0 \(SVGNumber.text(drawing.width)) \(SVGNumber.text(drawing.height))"),
                        ("width", "100%"), ("aria-hidden", "true"), ("focusable", "false"), ("class", "chart-svg"),
                    ])
                html.raw(drawing.body)
                html.close("svg")
            }
            html.close("div")
        }
        html.close("div")
        html.open("details", [("class", "chart-data")])
        html.element("summary", text: strings.dataTable)
        let regionLabel = [spec.title, strings.dataTable].compactMap { $0 }.joined(separator: ": ")
        html.raw(
            table(facets, panels: panels, formatter: formatter, strings: strings, language: language)
                .html(regionLabel: regionLabel))
        html.close("details")
        html.raw(CSVDownload.link(id: id, strings: strings))
        html.raw(
            Provenance.html(
                source: spec.source, table: spec.table, rows: spec.query.rows(of: spec.table), formatter: formatter,
                strings: strings))
        html.close("figure")
        return html.output
    }

    /// One panel ready to draw: its data and a context on the panel canvas that shares the value
    /// axis with every other panel.
    struct Panel {
        var title: String
        var data: ChartData
        var context: ChartContext
    }

    static func panels(
        _ facets: ChartFacets, id: String, formatter: ValueFormatter, strings: ChartStrings
    ) -> [Panel] {
        let data = facets.panels.map { ChartData(spec: $0.spec, formatter: formatter) }
        let shared = zip(facets.panels, data).flatMap { panel, data in
            panel.spec.type.stacks ? StackedAreaChart.coverage(data) : data.allValues
        }
        return facets.panels.indices.map { index in
            var context = ChartContext(
                spec: facets.panels[index].spec, id: "\(id)-\(index + 1)", formatter: formatter, strings: strings)
            context.canvas = ChartFacets.canvas
            context.sharedValues = shared
            return Panel(title: facets.panels[index].title, data: data[index], context: context)
        }
    }

    /// The authored description, or each panel's generated one after its facet value.
    static func description(_ spec: ChartSpec, panels: [Panel]) -> String {
        if let authored = spec.description { return authored }
        return panels.filter { !$0.data.isEmpty }.map { panel in
            panel.title + ": " + ChartDescription.text(panel.data, context: panel.context)
        }.joined(separator: " ")
    }

    /// Every panel's rows under one header, the facet value first.
    static func table(
        _ facets: ChartFacets, panels: [Panel], formatter: ValueFormatter, strings: ChartStrings, language: String?
    ) -> DataTableHTML {
        let tables = panels.map {
            ChartFigure.table(
                for: $0.context.spec, data: $0.data, formatter: formatter, strings: strings, language: language)
        }
        let headers = [DataTableHTML.Header(label: facets.label, numeric: false)] + (tables.first?.headers ?? [])
        let rows = zip(panels, tables).flatMap { panel, table in table.rows.map { [panel.title] + $0 } }
        return DataTableHTML(caption: nil, headers: headers, rows: rows)
    }

    /// The whole figure's numbers as one CSV, the facet value first.
    static func csv(
        _ facets: ChartFacets, id: String, formatter: ValueFormatter, strings: ChartStrings
    ) -> CSVDownload? {
        let parts = facets.panels.compactMap { panel in
            ChartFigure.csvContent(for: panel.spec, formatter: formatter, strings: strings).map { (panel.title, $0) }
        }
        guard let first = parts.first else { return nil }
        let fields = [CSVDownload.Field(header: facets.label, format: nil, decimals: 0)] + first.1.fields
        let rows = parts.flatMap { title, content in content.rows.map { [Cell.text(title)] + $0 } }
        return CSVDownload.make(id: id, fields: fields, rows: rows, formatter: formatter)
    }
}
