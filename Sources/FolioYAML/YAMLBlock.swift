import FolioDiagnostics
import Foundation

/// One mapping of a directive block (the block itself, or a nested `labels:` or `- tile`), with each
/// key's position, read through `YAMLReader`.
///
/// Every accessor throws a `Diagnostic` pointing at the offending key or value in the Markdown file,
/// so authors see `kanaler.md:14:3: error: chart: …` and not a decoding error about a type.
public struct YAMLBlock {
    public typealias Entry = YAMLEntry

    /// Words every message (`chart: …`) and knows the block's text's origin in the Markdown file.
    public let reader: YAMLReader
    public let entries: [Entry]
    /// Where this mapping starts, for errors about keys that are missing.
    public let location: SourceLocation

    /// Parses `yaml` as the block `name` (`chart`, `kpi`, `table`) whose first line is at `origin`.
    /// Syntax errors and aliases become diagnostics at the line libyaml reports.
    public static func parse(_ yaml: String, name: String, origin: SourceLocation) throws -> YAMLBlock {
        let reader = YAMLReader(origin: origin, name: name)
        guard let value = try reader.compose(yaml) else {
            throw Diagnostic(origin, "\(name): the block is empty", hint: "write YAML keys such as `data:` inside it")
        }
        return try YAMLBlock(value: value, reader: reader, what: "the \(name) block")
    }

    init(value: YAMLValue, reader: YAMLReader, what: String) throws {
        guard let mapping = value.mapping else {
            throw Diagnostic(
                value.location, reader.prefix + "\(what) must be a mapping of keys", hint: "write `key: value` lines")
        }
        self.reader = reader
        self.location = mapping.location
        self.entries = mapping.entries
    }

    // MARK: Locations

    /// Where `key`'s value is (or the block itself if the key is absent).
    public func location(ofValue key: String) -> SourceLocation {
        entry(key)?.value.location ?? location
    }

    public func location(ofKey key: String) -> SourceLocation { entry(key)?.keyLocation ?? location }

    /// A diagnostic worded like every other one about this block (`chart: …`).
    public func error(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(location, reader.prefix + message, hint: hint)
    }

    // MARK: Keys

    public func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }

    /// Rejects keys outside `known`, listing the known ones: catches typos such as `titel:`.
    public func checkKeys(_ known: [String]) throws {
        if let first = reader.unknownKeys(
            entries.map { ($0.key, $0.keyLocation) }, known: known,
            message: {
                "unknown key '\($0)'"
            }
        ).first {
            throw first
        }
    }

    public func required(_ key: String, hint: String) throws -> String {
        guard let value = try string(key) else {
            throw error("missing required key '\(key)'", at: location, hint: hint)
        }
        return value
    }

    // MARK: Values

    public func string(_ key: String) throws -> String? {
        guard let entry = entry(key) else { return nil }
        guard let text = entry.value.string else {
            throw error("'\(key)' must be a single value", at: location(ofValue: key), hint: "write `\(key): value`")
        }
        return text
    }

    /// A single value or a list: `y: csat` and `y: [csat, nps]` both give a list.
    public func strings(_ key: String) throws -> [String]? {
        guard let entry = entry(key) else { return nil }
        if let text = entry.value.string { return [text] }
        guard let sequence = entry.value.sequence else {
            throw error(
                "'\(key)' must be a value or a list", at: location(ofValue: key), hint: "write `\(key): [a, b]`")
        }
        return try sequence.map { item in
            guard let text = item.string else {
                throw error("'\(key)' must list plain values", at: item.location, hint: "write `\(key): [a, b]`")
            }
            return text
        }
    }

    /// A number in stored units: `85%` means 0.85 (percent columns hold fractions) and `480 min`,
    /// `8 h` or `90 s` mean seconds (duration columns hold seconds), so authors write thresholds
    /// the way readers see them.
    public func number(_ key: String) throws -> Double? {
        guard let text = try string(key) else { return nil }
        guard let value = SpecQuantity.parse(text) else {
            throw error(
                "'\(key)' must be a number, not '\(text)'", at: location(ofValue: key),
                hint: "write e.g. `\(key): 0.85`, `\(key): 85%` or `\(key): 480 min`")
        }
        return value
    }

    public func bool(_ key: String) throws -> Bool? {
        guard let text = try string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            throw error("'\(key)' must be true or false, not '\(text)'", at: location(ofValue: key))
        }
    }

    public func positiveInteger(_ key: String) throws -> Int? {
        guard let text = try string(key) else { return nil }
        guard let value = Int(text), value > 0 else {
            throw error("'\(key)' must be a whole number above 0, not '\(text)'", at: location(ofValue: key))
        }
        return value
    }

    /// A nested mapping such as `labels:` or `filter:`.
    public func mapping(_ key: String) throws -> YAMLBlock? {
        guard let entry = entry(key) else { return nil }
        return try YAMLBlock(value: entry.value, reader: reader, what: "'\(key)'")
    }

    /// A list of mappings such as `tiles:` or `reference:`.
    public func mappings(_ key: String) throws -> [YAMLBlock]? {
        guard let entry = entry(key) else { return nil }
        guard let sequence = entry.value.sequence else {
            throw error("'\(key)' must be a list", at: location(ofValue: key), hint: "start each item with `- `")
        }
        return try sequence.map { try YAMLBlock(value: $0, reader: reader, what: "each item of '\(key)'") }
    }

    /// The mapping's pairs as strings, in the author's order.
    public func stringPairs() throws -> [(key: String, value: String, location: SourceLocation)] {
        try entries.map { entry in
            guard let text = entry.value.string else {
                throw error("'\(entry.key)' must be a single value", at: entry.value.location)
            }
            return (entry.key, text, entry.keyLocation)
        }
    }
}
