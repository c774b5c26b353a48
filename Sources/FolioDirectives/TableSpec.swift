import FolioCharts
import FolioData
import FolioYAML

/// A validated ```table block: which columns, in which order, under which headers.
struct TableSpec: Sendable {
    static let keys = ["data", "sql", "columns", "labels", "caption", "sort", "filter", "limit", "decimals"]

    var table: DataTable
    /// Where the rows come from (the provenance line, what the block reads).
    var source: TableSource
    var columns: [Column]
    var labels: [String: String]
    var caption: String?
    var query: RowQuery
    /// Decimals of every numeric column (`decimals:`); nil takes each column's own precision.
    var decimals: Int?

    init(block: YAMLBlock, catalog: TableCatalog) throws {
        try block.checkKeys(Self.keys)
        let source = try catalog.source(for: block)
        let table = source.table
        self.source = source
        self.table = table
        columns = try (block.strings("columns") ?? table.columnNames).map {
            try TableCatalog.column($0, in: table, key: "columns", block: block)
        }
        labels = [:]
        if let labelBlock = try block.mapping("labels") {
            for pair in try labelBlock.stringPairs() {
                _ = try TableCatalog.column(pair.key, in: table, key: "labels", block: block)
                labels[pair.key] = pair.value
            }
        }
        caption = try block.string("caption")
        decimals = try DecimalsReader.decimals(in: block)
        query = try RowQueryReader.query(from: block, table: table, file: source.file)
        if let sort = try block.string("sort") {
            query.descending = sort.hasPrefix("-")
            let name = query.descending ? String(sort.dropFirst()) : sort
            query.sortColumn = try TableCatalog.column(name, in: table, key: "sort", block: block).name
        }
    }

    /// The HTML table, each cell formatted for the page's locale.
    /// `language` is the page's: text columns of a file in another language carry its `lang`.
    func html(formatter: ValueFormatter, strings: ChartStrings, id: String, language: String?) -> String {
        let foreign = table.language.flatMap { $0 == language ? nil : $0 }
        let headers = columns.map {
            DataTableHTML.Header(
                label: labels[$0.name] ?? $0.name, numeric: ValueFormat(columnType: $0.type) != nil,
                language: $0.type == .text ? foreign : nil)
        }
        let selected = query.rows(of: table)
        let digits = columns.map { decimals ?? Precision.decimals(of: $0) }
        let rows = selected.map { row in
            columns.indices.map { index in
                formatter.format(columns[index].values[row], as: columns[index].type, fractionDigits: digits[index])
            }
        }
        return DataTableHTML(caption: caption, headers: headers, rows: rows)
            .html(regionLabel: caption ?? headers.map(\.label).joined(separator: ", "))
            + CSVDownload.link(id: id, strings: strings)
            + Provenance.html(
                source: source.label, table: table, rows: selected, formatter: formatter,
                strings: strings)
    }

    /// The selected rows and columns as a CSV file, under the headers the table shows.
    func csv(formatter: ValueFormatter, id: String) -> CSVDownload {
        let fields = columns.map {
            CSVDownload.Field(
                header: labels[$0.name] ?? $0.name, format: ValueFormat(columnType: $0.type),
                decimals: decimals ?? Precision.decimals(of: $0))
        }
        let rows = query.rows(of: table).map { row in columns.map { $0.values[row] } }
        return CSVDownload.make(id: id, fields: fields, rows: rows, formatter: formatter)
    }
}
