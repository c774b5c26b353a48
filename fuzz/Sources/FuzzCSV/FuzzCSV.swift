import FolioCharts
import FolioData
import FolioDiagnostics
import FolioDirectives
import FuzzCommon

/// libFuzzer entry: raw bytes as a CSV data file (invalid UTF-8 included), with and without a `;` schema;
/// every cell read is then formatted the way pages show it, and the table drawn by every chart kind.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    let schemas = [TableSchema(), TableSchema(separator: ";", decimalMark: ",")]
    for schema in schemas {
        FuzzOracle.expectDiagnostics(path: "content/data/fuzz.csv") {
            let table = try CSVReader(schema: schema).read(bytes, path: "content/data/fuzz.csv")
            for column in table.columns {
                FuzzOracle.require(column.values.count == table.rowCount, "column \(column.name) is ragged")
                // Every value as a table, tooltip or axis would print it: huge or tiny numbers included.
                for cell in column.values {
                    _ = FuzzTables.formatter.format(cell, as: column.type)
                    _ = FuzzTables.formatter.format(cell, as: column.type, fractionDigits: 1)
                }
            }
            draw(table)
        }
    }
    return 0
}

/// Chart kinds, a KPI and a table over the fuzzed table: first column on x, the others on y.
private func draw(_ table: DataTable) {
    guard let strings = FuzzTables.strings, let x = table.columns.first else { return }
    let renderer = DirectiveRenderer(tables: ["fuzz.csv": table], formatter: FuzzTables.formatter, strings: strings)
    let ys = table.columns.dropFirst().map { quoted($0.name) }.joined(separator: ", ")
    var blocks: [(DirectiveKind, String)] = ["line", "bar", "hbar", "area", "scatter", "stacked-bar-100", "sparkline"]
        .map { (.chart, "type: \($0)\ndata: fuzz.csv\nx: \(quoted(x.name))\ny: [\(ys)]\ntrend: true\n") }
    blocks.append(
        (.kpi, "data: fuzz.csv\nx: \(quoted(x.name))\ntiles: [{column: \(quoted(table.columns.last?.name ?? ""))}]\n"))
    blocks.append((.table, "data: fuzz.csv\nlimit: 50\n"))
    let location = SourceLocation(path: "content/sv/fuzz.md", line: 4, column: 1)
    for (kind, yaml) in blocks {
        FuzzOracle.expectDiagnostics(path: "content/sv/fuzz.md") {
            let html = try renderer.render(kind, yaml: yaml, location: location, id: "\(kind.rawValue)-1").html
            FuzzOracle.require(!html.contains("<script"), "unescaped <script in \(kind) output")
        }
    }
}

/// A column name as a YAML double-quoted scalar, every character escaped, so no name can break the block.
private func quoted(_ name: String) -> String {
    "\"" + name.unicodeScalars.map { "\\U" + String($0.value, radix: 16).leftPadded(to: 8) }.joined() + "\""
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
