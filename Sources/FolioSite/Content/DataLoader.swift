import FolioData
import FolioDiagnostics
import FolioFormats
import FolioYAML
import Foundation

/// A data file's bytes (and its schema's) and what they gave.
struct LoadedTable: Sendable {
    var bytes: [UInt8]
    var schemaBytes: [UInt8]?
    var table: DataFile
}

/// Reads every data file under `content/data/` once per build, however many pages use it.
///
/// A file may have a sidecar schema `name.csv.yml` declaring column types, duration units, the
/// separator or decimal mark, for when inference is not enough (percent points, minutes).
///
/// A CSV file is checked cell by cell here, whoever reads it, but kept as its bytes (`CSVStream`): the
/// queries load it into SQLite from them, and it becomes a `DataTable` only when a page or a metric
/// first reads it (`DataFile`). A 1,000,000-row export only queries read peaked at 1.2 GB as a table
/// (issue 32, bench/stream-data).
struct DataLoader: Sendable {
    var dataRoot: URL
    /// False reads every file into a table at once, as before streaming (`BuildOptions.streamsData`).
    var streams = true

    static let schemaKeys = ["columns", "separator", "decimal", "lang"]

    /// Loads every data file, parsing again only those whose bytes (or whose schema's bytes) differ
    /// from `previous`; returns the files as read, for the next build in `folio serve`. With
    /// `changed`, a file in `previous` that `changed` does not name (nor its schema) is not read.
    func load(reusing previous: [String: LoadedTable], trusting changed: Set<String>? = nil) throws
        -> (tables: [String: DataFile], files: [String: LoadedTable])
    {
        let paths = FileTree.files(under: dataRoot.path) { $0.hasSuffix(".csv") || $0.hasSuffix(".json") }
        var tables: [String: DataFile] = [:]
        var files: [String: LoadedTable] = [:]
        var problems: [Diagnostic] = []
        for path in paths {
            let display = "content/data/\(path)"
            if let changed, !changed.contains(display), !changed.contains(display + ".yml"), let known = previous[path]
            {
                tables[path] = known.table
                files[path] = known
                continue
            }
            do {
                let schemaBytes = FileBytes.read(dataRoot.path + "/" + path + ".yml")
                guard let bytes = FileBytes.read(dataRoot.path + "/" + path) else {
                    throw Diagnostic(SourceLocation(path: display), "cannot read data file")
                }
                if let known = previous[path], FileBytes.same(known.bytes, bytes),
                    FileBytes.same(known.schemaBytes ?? [], schemaBytes ?? []),
                    (known.schemaBytes == nil) == (schemaBytes == nil)
                {
                    tables[path] = known.table
                    files[path] = known
                    continue
                }
                let schema = try schemaBytes.map { try loadSchema($0, for: path) } ?? TableSchema()
                let table = try read(
                    bytes, path: path, schema: schema, makingTable: previous[path]?.table.isHeld ?? false)
                tables[path] = table
                files[path] = LoadedTable(bytes: bytes, schemaBytes: schemaBytes, table: table)
            } catch {
                problems += DiagnosticList(flattening: error, at: SourceLocation(path: display)).diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return (tables, files)
    }

    /// One file's bytes as a `DataFile`: a CSV stream whose every cell has been checked, or a table.
    /// `makingTable`: a page read the file's last version, so its table is made now, which checks it.
    private func read(_ bytes: [UInt8], path: String, schema: TableSchema, makingTable: Bool) throws -> DataFile {
        let display = "content/data/\(path)"
        var table: DataTable
        if path.hasSuffix(".json") {
            table = try JSONTableReader(schema: schema).read(bytes, path: display)
        } else if streams {
            switch try CSVStream.open(bytes, path: display, schema: schema) {
            case let .stream(stream):
                let file = DataFile(stream: stream)
                // Making the table checks every cell as validate() does: the file is read once, not twice.
                if makingTable { _ = try file.table() } else { try stream.validate() }
                return file
            case let .table(loaded): table = loaded
            }
        } else {
            table = try CSVReader(schema: schema).read(bytes, path: display)
        }
        table.language = schema.language
        return DataFile(table: table)
    }

    private func loadSchema(_ bytes: [UInt8], for path: String) throws -> TableSchema {
        let display = "content/data/\(path).yml"
        let reader = YAMLReader(path: display, lineOffset: 0)
        let entries = try reader.mapping(SourceText.decode(bytes, path: display))
        var problems = reader.rejectUnknownKeys(entries, known: Self.schemaKeys, what: "data schema")
        var schema = TableSchema()
        for entry in entries {
            do {
                switch entry.key {
                case "separator": schema.separator = try character(entry.value, key: "separator", reader: reader)
                case "decimal": schema.decimalMark = try character(entry.value, key: "decimal", reader: reader)
                case "lang":
                    let code = try reader.string(entry.value, key: "lang")
                    guard !code.isEmpty, code.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) else {
                        throw Diagnostic(
                            entry.value.location, "'lang' must be a language code such as `sv` or `ro`")
                    }
                    schema.language = code
                case "columns":
                    guard let mapping = entry.value.mapping else {
                        throw Diagnostic(
                            entry.value.location, "'columns' must map column names to types",
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
    private func columnType(_ node: YAMLValue, reader: YAMLReader) throws -> (ColumnType, DurationUnit?) {
        let typeNames = ColumnType.allCases.map(\.rawValue).joined(separator: ", ")
        if let name = node.string {
            guard let type = ColumnType(rawValue: name) else {
                throw Diagnostic(
                    node.location, "unknown column type '\(name)'", hint: "use one of: \(typeNames)")
            }
            return (type, nil)
        }
        guard let mapping = node.mapping, let name = mapping["type"]?.string, let type = ColumnType(rawValue: name)
        else {
            throw Diagnostic(
                node.location, "a column needs a type",
                hint: "use one of: \(typeNames), or `{type: duration, unit: minutes}`")
        }
        guard let unitName = mapping["unit"]?.string else { return (type, nil) }
        guard let unit = DurationUnit(rawValue: unitName) else {
            throw Diagnostic(
                mapping["unit"]?.location ?? node.location, "unknown duration unit '\(unitName)'",
                hint: "use seconds, minutes or hours")
        }
        return (type, unit)
    }

    private func character(_ node: YAMLValue, key: String, reader: YAMLReader) throws -> Character {
        let text = try reader.string(node, key: key)
        guard text.count == 1, let character = text.first else {
            throw Diagnostic(
                node.location, "'\(key)' must be a single character", hint: "for example `\(key): \";\"`")
        }
        return character
    }
}
