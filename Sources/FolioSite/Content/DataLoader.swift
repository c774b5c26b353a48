import FolioData
import FolioDiagnostics
import Foundation
import Yams

/// Reads every data file under `content/data/` once per build, however many pages use it.
///
/// A file may have a sidecar schema `name.csv.yml` declaring column types, duration units, the
/// separator or decimal mark, for when inference is not enough (percent points, minutes).
struct DataLoader: Sendable {
    var dataRoot: URL

    static let schemaKeys = ["columns", "separator", "decimal"]

    /// Tables keyed by path relative to `content/data` (`metrics/monthly.csv`).
    func load() throws -> [String: DataTable] {
        guard let enumerator = FileManager.default.enumerator(atPath: dataRoot.path) else { return [:] }
        var paths: [String] = []
        while let item = enumerator.nextObject() as? String {
            if !item.hasPrefix("."), item.hasSuffix(".csv") || item.hasSuffix(".json") { paths.append(item) }
        }
        var tables: [String: DataTable] = [:]
        var problems: [Diagnostic] = []
        for path in paths.sorted() {
            let display = "content/data/\(path)"
            do {
                let schema = try loadSchema(for: path)
                guard let bytes = FileManager.default.contents(atPath: dataRoot.appendingPathComponent(path).path)
                else {
                    throw Diagnostic(SourceLocation(path: display), "cannot read data file")
                }
                tables[path] =
                    path.hasSuffix(".json")
                    ? try JSONTableReader(schema: schema).read([UInt8](bytes), path: display)
                    : try CSVReader(schema: schema).read([UInt8](bytes), path: display)
            } catch let diagnostic as Diagnostic {
                problems.append(diagnostic)
            } catch let list as DiagnosticList {
                problems += list.diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return tables
    }

    private func loadSchema(for path: String) throws -> TableSchema {
        let schemaPath = path + ".yml"
        let url = dataRoot.appendingPathComponent(schemaPath)
        guard FileManager.default.fileExists(atPath: url.path) else { return TableSchema() }
        let display = "content/data/\(schemaPath)"
        let reader = YAMLReader(path: display, lineOffset: 0)
        let entries = try reader.mapping(SourceText.read(url, displayPath: display))
        var problems = reader.rejectUnknownKeys(entries, known: Self.schemaKeys, what: "data schema")
        var schema = TableSchema()
        for entry in entries {
            do {
                switch entry.key {
                case "separator": schema.separator = try character(entry.value, key: "separator", reader: reader)
                case "decimal": schema.decimalMark = try character(entry.value, key: "decimal", reader: reader)
                case "columns":
                    guard let mapping = entry.value.mapping else {
                        throw Diagnostic(
                            reader.location(entry.value.mark), "'columns' must map column names to types",
                            hint: "for example `csat: percent`")
                    }
                    for (key, value) in mapping {
                        let column = key.string ?? ""
                        let (type, unit) = try columnType(value, reader: reader)
                        schema.columnTypes[column] = type
                        if let unit { schema.durationUnits[column] = unit }
                    }
                default: break
                }
            } catch let diagnostic as Diagnostic {
                problems.append(diagnostic)
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return schema
    }

    /// `percent`, or `{type: duration, unit: minutes}`.
    private func columnType(_ node: Node, reader: YAMLReader) throws -> (ColumnType, DurationUnit?) {
        let typeNames = ColumnType.allCases.map(\.rawValue).joined(separator: ", ")
        if let name = node.scalar?.string {
            guard let type = ColumnType(rawValue: name) else {
                throw Diagnostic(
                    reader.location(node.mark), "unknown column type '\(name)'", hint: "use one of: \(typeNames)")
            }
            return (type, nil)
        }
        guard let mapping = node.mapping, let name = mapping["type"]?.string, let type = ColumnType(rawValue: name)
        else {
            throw Diagnostic(
                reader.location(node.mark), "a column needs a type",
                hint: "use one of: \(typeNames), or `{type: duration, unit: minutes}`")
        }
        guard let unitName = mapping["unit"]?.string else { return (type, nil) }
        guard let unit = DurationUnit(rawValue: unitName) else {
            throw Diagnostic(
                reader.location(mapping["unit"]?.mark), "unknown duration unit '\(unitName)'",
                hint: "use seconds, minutes or hours")
        }
        return (type, unit)
    }

    private func character(_ node: Node, key: String, reader: YAMLReader) throws -> Character {
        let text = try reader.string(node, key: key)
        guard text.count == 1, let character = text.first else {
            throw Diagnostic(
                reader.location(node.mark), "'\(key)' must be a single character", hint: "for example `\(key): \";\"`")
        }
        return character
    }
}
