import FolioData
import FolioDiagnostics
import FolioYAML
import Foundation

/// Reads `content/metrics.yml`, the one place each metric is defined, and checks it against the
/// data: the file and column exist, every language has a name and description, and every value
/// lies in the metric's valid range.
enum MetricRegistryLoader {
    static let keys = ["data", "column", "format", "direction", "target", "range"]
    static let textKeys = ["name", "description", "formula", "unit"]

    static func parse(_ text: String, path: String, languages: [String]) throws -> [Metric] {
        let reader = YAMLReader(path: path, lineOffset: 0)
        var metrics: [Metric] = []
        var problems: [Diagnostic] = []
        for entry in try reader.mapping(text) {
            do {
                metrics.append(
                    try metric(
                        entry.key, entry.value, keyLocation: entry.keyLocation, reader: reader, languages: languages,
                        problems: &problems))
            } catch let diagnostic as Diagnostic {
                problems.append(diagnostic)
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return metrics
    }

    /// One metric entry: its fields checked and read, in the order the file's reader reports them.
    private static func metric(
        _ id: String, _ node: YAMLValue, keyLocation here: SourceLocation, reader: YAMLReader, languages: [String],
        problems: inout [Diagnostic]
    ) throws -> Metric {
        guard let mapping = node.mapping else {
            throw Diagnostic(
                here, "metric '\(id)' must be a mapping",
                hint: "give it `data`, `column`, `direction` and a block per language")
        }
        var fields: [String: YAMLValue] = [:]
        problems += reader.unknownKeys(of: mapping, known: keys + languages) { "unknown key '\($0)' in metric '\(id)'" }
        for (key, value) in mapping {
            let name = key.string ?? ""
            if keys.contains(name) || languages.contains(name) { fields[name] = value }
        }
        let entry = MetricEntry(id: id, here: here, reader: reader, fields: fields)
        let data = try entry.required("data")
        let column = try entry.required("column")
        let format = try entry.format()
        let higher = try entry.higherIsBetter()
        let target = try fields["target"].map { try entry.quantity($0, key: "target") }
        let range = try entry.range()
        var texts: [String: Metric.Text] = [:]
        for language in languages {
            if let text = try entry.text(in: language, problems: &problems) { texts[language] = text }
        }
        return Metric(
            id: id, data: data, column: column, format: format, higherIsBetter: higher, target: target, range: range,
            texts: texts, location: here)
    }

    /// A metric's known fields with what their errors need: its id, where it stands and the file's reader.
    private struct MetricEntry {
        var id: String
        var here: SourceLocation
        var reader: YAMLReader
        var fields: [String: YAMLValue]

        func required(_ key: String) throws -> String {
            guard let node = fields[key] else {
                throw Diagnostic(here, "metric '\(id)' has no '\(key)'", hint: "add `\(key): …` under `\(id):`")
            }
            return try reader.string(node, key: key)
        }

        func quantity(_ node: YAMLValue, key: String) throws -> Double {
            let text = try reader.string(node, key: key)
            guard let value = SpecQuantity.parse(text) else {
                throw Diagnostic(
                    node.location,
                    "'\(key)' of metric '\(id)' must be a number such as 85%, 480 min or 32, not '\(text)'")
            }
            return value
        }

        /// `format:`, one of number, percent or duration.
        func format() throws -> String? {
            guard let node = fields["format"] else { return nil }
            let name = try reader.string(node, key: "format")
            guard ["number", "percent", "duration"].contains(name) else {
                throw Diagnostic(
                    node.location, "unknown format '\(name)' in metric '\(id)'",
                    hint: "use number, percent or duration")
            }
            return name
        }

        /// `direction:` higher (the default) or lower: which way is better.
        func higherIsBetter() throws -> Bool {
            guard let node = fields["direction"] else { return true }
            let direction = try reader.string(node, key: "direction")
            guard direction == "higher" || direction == "lower" else {
                throw Diagnostic(
                    node.location,
                    "'direction' of metric '\(id)' must be higher or lower (which way is better), not '\(direction)'")
            }
            return direction == "higher"
        }

        /// `range: [low, high]`, the values the metric can take.
        func range() throws -> ClosedRange<Double>? {
            guard let node = fields["range"] else { return nil }
            let bounds = node.sequence ?? []
            guard bounds.count == 2 else {
                throw Diagnostic(
                    node.location, "'range' of metric '\(id)' must list two bounds",
                    hint: "for example `range: [0%, 100%]` or `range: [-100, 100]`")
            }
            let low = try quantity(bounds[0], key: "range"), high = try quantity(bounds[1], key: "range")
            guard low <= high else {
                throw Diagnostic(node.location, "'range' of metric '\(id)' runs backwards")
            }
            return low...high
        }

        /// The name, description, formula and unit in one language; nil (and a problem) without its block.
        func text(in language: String, problems: inout [Diagnostic]) throws -> Metric.Text? {
            guard let block = fields[language]?.mapping else {
                problems.append(
                    Diagnostic(
                        here, "metric '\(id)' has no '\(language)' name and description",
                        hint: "add `\(language): {name: …, description: …}` under `\(id):`"))
                return nil
            }
            var values: [String: String] = [:]
            problems += reader.unknownKeys(of: block, known: MetricRegistryLoader.textKeys) {
                "unknown key '\($0)' in metric '\(id)' (\(language))"
            }
            for (key, value) in block {
                let name = key.string ?? ""
                guard MetricRegistryLoader.textKeys.contains(name) else { continue }
                values[name] = try reader.string(value, key: name)
            }
            for key in ["name", "description"] where (values[key] ?? "").isEmpty {
                problems.append(
                    Diagnostic(
                        fields[language]?.location ?? here, "metric '\(id)' has no '\(key)' in '\(language)'",
                        hint: "add `\(key): …` under `\(id):` → `\(language):`"))
            }
            return Metric.Text(
                name: values["name"] ?? id, description: values["description"] ?? "", formula: values["formula"],
                unit: values["unit"])
        }
    }

    /// Every metric's source exists and every value lies in its range: a value out of range stops
    /// the build at the data file's line.
    static func validate(_ metrics: [Metric], tables: [String: DataFile]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for metric in metrics {
            guard let file = tables[metric.data] else {
                problems.append(
                    Diagnostic(
                        metric.location,
                        "metric '\(metric.id)': data file 'content/data/\(metric.data)' does not exist",
                        hint: "data files: \(tables.keys.sorted().joined(separator: ", "))"))
                continue
            }
            // A metric's file is read as a table here (its range is checked cell by cell), and shared by
            // every page that shows the metric.
            let table: DataTable
            do {
                table = try file.table()
            } catch {
                problems += DiagnosticList(flattening: error, at: SourceLocation(path: file.path)).diagnostics
                continue
            }
            guard let column = table.column(named: metric.column) else {
                problems.append(
                    Diagnostic(
                        metric.location,
                        "metric '\(metric.id)': column '\(metric.column)' not in \(table.path) (has: \(table.columnNames.joined(separator: ", ")))"
                    ))
                continue
            }
            guard let range = metric.range else { continue }
            for (row, cell) in column.values.enumerated() {
                guard let value = cell.number, !range.contains(value) else { continue }
                problems.append(
                    Diagnostic(
                        SourceLocation(path: table.path, line: table.rowLines[row]),
                        "\(metric.id) value \(display(value, column.type)) is outside its valid range \(display(range.lowerBound, column.type))…\(display(range.upperBound, column.type)) (field \(column.index), column '\(column.name)')",
                        hint: "correct the value, or widen `range` of '\(metric.id)' in content/metrics.yml"))
                if problems.count > 50 { return problems }
            }
        }
        return problems
    }

    private static func display(_ value: Double, _ type: ColumnType) -> String {
        let number = type == .percent ? value * 100 : value
        // `Int(_:)` traps beyond Int.max: a value such as 1e300 in the data prints as a Double.
        let text = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        return type == .percent ? text + "%" : text
    }
}
