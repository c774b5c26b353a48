import FolioCharts
import FolioData
import FolioDiagnostics
import FolioYAML

/// Reads a chart's `annotations:` and `events:` keys into the annotations it draws, in the page's
/// language and in date order, each checked to lie on the chart's time axis.
///
/// `annotations: [{x: 2025-07, label: Kampanj}]` marks a chart's own events (`label` may also be
/// `{sv: …, ro: …}`); `events: true` marks every shared event of `content/events.yml` that falls
/// on the axis, `events: [phone-system]` the named ones, which must fall on it.
struct AnnotationReader {
    /// More markers than this would not fit side by side above a narrow plot (`AnnotationMarks`).
    static let maximum = 12

    var events: [ChartEvent]
    var language: String?

    func annotations(in block: YAMLBlock, spec: ChartSpec) throws -> [ChartAnnotation] {
        let keys = ["annotations", "events"].filter { block.entry($0) != nil }
        guard let key = keys.first else { return [] }
        guard ChartAnnotation.chartTypes.contains(spec.type), [.month, .date].contains(spec.x.type) else {
            throw block.error(
                "'\(key)' needs a time axis: a line, area or vertical bar chart with months or dates along x",
                at: block.location(ofKey: key),
                hint:
                    "x is '\(spec.x.name)' (\(spec.x.type.rawValue)) in a \(spec.type.rawValue) chart; remove '\(key)'")
        }
        let cells = spec.query.rows(of: spec.table).map { spec.x.values[$0] }.filter { !$0.isMissing }
        let axis = axisText(cells)
        var found: [(day: Int, annotation: ChartAnnotation)] = []
        func place(_ x: Cell, _ label: String, at location: SourceLocation, what: String) throws {
            guard ChartAnnotation.position(of: x, along: cells) != nil, let day = Period.dayNumber(of: x) else {
                throw block.error(
                    "\(what) \(Period.isoText(of: x) ?? "") is outside the chart's axis (\(axis))", at: location,
                    hint: "use a period from \(axis), or remove it (check the chart's `filter` and `limit`)")
            }
            found.append((day, ChartAnnotation(x: x, label: label)))
        }
        for item in try block.mappings("annotations") ?? [] {
            try item.checkKeys(["x", "label"])
            let (x, label) = try read(item)
            try place(x, label, at: item.location(ofValue: "x"), what: "annotation")
        }
        try readEvents(block, cells: cells, place: place)
        guard found.count <= Self.maximum else {
            throw block.error(
                "\(found.count) annotations on one chart; at most \(Self.maximum) fit above the plot",
                at: block.location(ofKey: key), hint: "name fewer events (`events: [id, …]`), or split the period")
        }
        return found.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }
            .map(\.element.annotation)
    }

    /// One `{x, label}` item: a valid month or day and a non-empty label in the page's language.
    private func read(_ item: YAMLBlock) throws -> (Cell, String) {
        guard let text = try item.string("x") else {
            throw item.error(
                "an annotation needs 'x'", at: item.location,
                hint: "write `- {x: 2025-07, label: Nytt telefonsystem}`")
        }
        guard let x = Period.cell(text) else {
            throw item.error(
                "annotation 'x' must be a month (2025-07) or a day (2025-07-15), not '\(text)'",
                at: item.location(ofValue: "x"), hint: "write the period as the data file does, e.g. `x: 2025-07`")
        }
        guard let entry = item.entry("label") else {
            throw item.error(
                "an annotation needs 'label'", at: item.location,
                hint: "write `label: Nytt telefonsystem`, or `label: {sv: …, ro: …}` for each language")
        }
        let label: String
        if entry.value.scalar != nil {
            label = try item.string("label") ?? ""
        } else {
            let pairs = try item.mapping("label")?.stringPairs() ?? []
            guard let language, let chosen = pairs.first(where: { $0.key == language }) else {
                throw item.error(
                    "the annotation's label has no '\(language ?? "?")' text", at: item.location(ofValue: "label"),
                    hint:
                        "add `\(language ?? "sv"): …` to `label:` (it has: \(pairs.map(\.key).joined(separator: ", ")))"
                )
            }
            label = chosen.value
        }
        guard !label.allSatisfy(\.isWhitespace) else {
            throw item.error(
                "an annotation's label is empty", at: item.location(ofValue: "label"), hint: "say what happened")
        }
        return (x, label)
    }

    /// `events: true` (every shared event on the axis), `false`, or a list of event ids.
    private func readEvents(
        _ block: YAMLBlock, cells: [Cell], place: (Cell, String, SourceLocation, String) throws -> Void
    ) throws {
        guard let entry = block.entry("events") else { return }
        if entry.value.scalar != nil, let all = try? block.bool("events") {
            guard all else { return }
            for event in events where ChartAnnotation.position(of: event.x, along: cells) != nil {
                try place(event.x, label(of: event), block.location(ofValue: "events"), "event '\(event.id)'")
            }
            return
        }
        guard let items = entry.value.sequence else {
            throw block.error(
                "'events' must be true, false or a list of event ids", at: block.location(ofValue: "events"),
                hint: "write `events: true` or `events: [phone-system]` (ids from content/events.yml)")
        }
        for item in items {
            let location = item.location
            guard let id = item.string else {
                throw block.error(
                    "'events' must list event ids", at: location, hint: "write `events: [phone-system]`")
            }
            guard let event = events.first(where: { $0.id == id }) else {
                let ids = events.map(\.id)
                let near = EditDistance.nearest(to: id, in: ids, limit: 1)
                throw block.error(
                    "unknown event '\(id)'", at: location,
                    hint: (near.first.map { "did you mean '\($0)'? " } ?? "")
                        + (ids.isEmpty
                            ? "define events in content/events.yml"
                            : "events in content/events.yml: \(ids.joined(separator: ", "))"))
            }
            try place(event.x, label(of: event), location, "event '\(id)'")
        }
    }

    private func label(of event: ChartEvent) -> String {
        language.flatMap { event.labels[$0] } ?? event.labels.keys.sorted().first.flatMap { event.labels[$0] }
            ?? event.id
    }

    /// The axis's first and last period in ISO form, for messages: `2024-11 – 2026-10`.
    private func axisText(_ cells: [Cell]) -> String {
        let days = cells.compactMap { cell in Period.dayNumber(of: cell).map { (day: $0, cell: cell) } }
        guard let first = days.min(by: { $0.day < $1.day }), let last = days.max(by: { $0.day < $1.day }) else {
            return "no periods"
        }
        return [first.cell, last.cell].compactMap(Period.isoText(of:)).joined(separator: " – ")
    }
}
