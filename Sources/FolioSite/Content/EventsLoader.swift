import FolioData
import FolioDiagnostics
import FolioDirectives
import FolioYAML

/// Reads `content/events.yml`: events that several charts mark, each defined once with its date
/// and its label in every language, so a chart in Swedish and its Romanian translation name the
/// same event on the same month.
///
/// ```yaml
/// phone-system:            # the id charts name: `events: [phone-system]`
///   x: 2025-07             # a month, or a day (2025-07-15)
///   sv: Nytt telefonsystem
///   ro: Sistem telefonic nou
/// ```
enum EventsLoader {
    static let path = "content/events.yml"

    /// Every event in file order; every problem in the file is reported at its line, together.
    static func parse(_ text: String, path: String = EventsLoader.path, languages: [String]) throws -> [ChartEvent] {
        let reader = YAMLReader(path: path)
        var events: [ChartEvent] = []
        var problems: [Diagnostic] = []
        for entry in try reader.mapping(text) {
            do {
                events.append(
                    try event(
                        entry.key, entry.value, keyLocation: entry.keyLocation, reader: reader, languages: languages))
            } catch {
                problems += DiagnosticList(flattening: error, at: entry.keyLocation).diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return events
    }

    private static func event(
        _ id: String, _ node: YAMLValue, keyLocation here: SourceLocation, reader: YAMLReader, languages: [String]
    ) throws -> ChartEvent {
        guard let mapping = node.mapping else {
            throw Diagnostic(
                here, "event '\(id)' must be a mapping",
                hint:
                    "give it `x: 2025-07` and a label per language (\(languages.map { "`\($0): …`" }.joined(separator: ", ")))"
            )
        }
        if let unknown = reader.unknownKeys(
            of: mapping, known: ["x"] + languages,
            message: {
                "unknown key '\($0)' in event '\(id)'"
            }
        ).first {
            throw unknown
        }
        var fields: [String: YAMLValue] = [:]
        for (key, value) in mapping { fields[key.string ?? ""] = value }
        guard let xNode = fields["x"] else {
            throw Diagnostic(
                here, "event '\(id)' has no 'x'", hint: "add `x: 2025-07` (a month) or `x: 2025-07-15` under `\(id):`")
        }
        let text = try reader.string(xNode, key: "x")
        guard let x = Period.cell(text) else {
            throw Diagnostic(
                xNode.location,
                "'x' of event '\(id)' must be a month (2025-07) or a day (2025-07-15), not '\(text)'",
                hint: "write the period as the data files do")
        }
        var labels: [String: String] = [:]
        for language in languages {
            guard let node = fields[language] else {
                throw Diagnostic(
                    here, "event '\(id)' has no '\(language)' label", hint: "add `\(language): …` under `\(id):`")
            }
            let label = try reader.string(node, key: language)
            guard !label.allSatisfy(\.isWhitespace) else {
                throw Diagnostic(node.location, "event '\(id)' has an empty '\(language)' label")
            }
            labels[language] = label
        }
        return ChartEvent(id: id, x: x, labels: labels)
    }
}
