import FolioDiagnostics
import Foundation
import Yams

/// The top-level mapping of one directive block, with each key's position, read with Yams' composer.
///
/// Every accessor throws a `Diagnostic` pointing at the offending key or value in the Markdown file,
/// so authors see `kanaler.md:14:3: error: chart: …` and not a decoding error about a type.
struct YAMLBlock {
    struct Entry {
        var key: String
        var value: Node
        var keyMark: Mark?
    }

    /// `chart`, `kpi` or `table`: the prefix of every message.
    let name: String
    let entries: [Entry]
    /// Where YAML line 1, column 1 is in the Markdown file.
    let origin: SourceLocation
    /// Where this mapping starts, for errors about keys that are missing.
    let mark: Mark?

    /// Parses `yaml`; syntax errors become diagnostics at the line libyaml reports.
    static func parse(_ yaml: String, name: String, origin: SourceLocation) throws -> YAMLBlock {
        let node: Node?
        do {
            node = try AuthorYAML.compose(yaml)
        } catch let error as YamlError {
            throw syntaxDiagnostic(error, name: name, origin: origin)
        } catch let alias as AuthorYAML.AliasFound {
            throw Diagnostic(
                location(line: alias.line, column: alias.column, origin: origin),
                "\(name): \(AuthorYAML.aliasMessage)", hint: AuthorYAML.aliasHint)
        }
        guard let node else {
            throw Diagnostic(origin, "\(name): the block is empty", hint: "write YAML keys such as `data:` inside it")
        }
        return try YAMLBlock(node: node, name: name, origin: origin, what: "the \(name) block")
    }

    init(node: Node, name: String, origin: SourceLocation, what: String) throws {
        guard let mapping = node.mapping else {
            throw Diagnostic(
                Self.location(of: node.mark, origin: origin), "\(name): \(what) must be a mapping of keys",
                hint: "write `key: value` lines")
        }
        self.name = name
        self.origin = origin
        self.mark = mapping.mark
        self.entries = mapping.map { pair in
            Entry(key: pair.key.scalar?.string ?? "", value: pair.value, keyMark: pair.key.mark)
        }
    }

    // MARK: Locations

    static func location(of mark: Mark?, origin: SourceLocation) -> SourceLocation {
        guard let mark else { return origin }
        return location(line: mark.line, column: mark.column, origin: origin)
    }

    static func location(line: Int, column: Int, origin: SourceLocation) -> SourceLocation {
        SourceLocation(
            path: origin.path, line: origin.line.map { $0 + line - 1 } ?? line,
            column: column + (origin.column ?? 1) - 1)
    }

    func location(of mark: Mark?) -> SourceLocation { Self.location(of: mark ?? self.mark, origin: origin) }

    /// Where `key`'s value is (or the block itself if the key is absent).
    func location(ofValue key: String) -> SourceLocation {
        location(of: entry(key)?.value.mark ?? entry(key)?.keyMark)
    }

    func location(ofKey key: String) -> SourceLocation { location(of: entry(key)?.keyMark) }

    func error(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(location, "\(name): \(message)", hint: hint)
    }

    // MARK: Keys

    func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }

    /// Rejects keys outside `known`, listing the known ones: catches typos such as `titel:`.
    func checkKeys(_ known: [String]) throws {
        for entry in entries where !known.contains(entry.key) {
            var hint = "known keys: " + known.joined(separator: ", ")
            if let near = EditDistance.nearest(to: entry.key, in: known, limit: 1).first {
                hint = "did you mean '\(near)'? " + hint
            }
            throw error("unknown key '\(entry.key)'", at: location(of: entry.keyMark), hint: hint)
        }
    }

    func required(_ key: String, hint: String) throws -> String {
        guard let value = try string(key) else {
            throw error("missing required key '\(key)'", at: location(of: mark), hint: hint)
        }
        return value
    }

    // MARK: Values

    func string(_ key: String) throws -> String? {
        guard let entry = entry(key) else { return nil }
        guard let scalar = entry.value.scalar else {
            throw error("'\(key)' must be a single value", at: location(ofValue: key), hint: "write `\(key): value`")
        }
        return scalar.string
    }

    /// A single value or a list: `y: csat` and `y: [csat, nps]` both give a list.
    func strings(_ key: String) throws -> [String]? {
        guard let entry = entry(key) else { return nil }
        if let scalar = entry.value.scalar { return [scalar.string] }
        guard let sequence = entry.value.sequence else {
            throw error(
                "'\(key)' must be a value or a list", at: location(ofValue: key), hint: "write `\(key): [a, b]`")
        }
        return try sequence.map { item in
            guard let scalar = item.scalar else {
                throw error(
                    "'\(key)' must list plain values", at: location(of: item.mark), hint: "write `\(key): [a, b]`")
            }
            return scalar.string
        }
    }

    /// A number in stored units: `85%` means 0.85 (percent columns hold fractions) and `480 min`,
    /// `8 h` or `90 s` mean seconds (duration columns hold seconds), so authors write thresholds
    /// the way readers see them.
    func number(_ key: String) throws -> Double? {
        guard let text = try string(key) else { return nil }
        guard let value = Self.number(from: text) else {
            throw error(
                "'\(key)' must be a number, not '\(text)'", at: location(ofValue: key),
                hint: "write e.g. `\(key): 0.85`, `\(key): 85%` or `\(key): 480 min`")
        }
        return value
    }

    static func number(from text: String) -> Double? {
        var text = text.trimmingCharacters(in: .whitespaces)
        var factor = 1.0
        for (suffix, scale) in [("%", 0.01), ("min", 60.0), ("h", 3600.0), ("s", 1.0)] where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            factor = scale
            break
        }
        if !text.contains("."), text.filter({ $0 == "," }).count == 1 {
            text = text.replacingOccurrences(of: ",", with: ".")
        }
        guard let value = Double(text), value.isFinite else { return nil }
        return value * factor
    }

    func bool(_ key: String) throws -> Bool? {
        guard let text = try string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            throw error("'\(key)' must be true or false, not '\(text)'", at: location(ofValue: key))
        }
    }

    func positiveInteger(_ key: String) throws -> Int? {
        guard let text = try string(key) else { return nil }
        guard let value = Int(text), value > 0 else {
            throw error("'\(key)' must be a whole number above 0, not '\(text)'", at: location(ofValue: key))
        }
        return value
    }

    /// A nested mapping such as `labels:` or `filter:`.
    func mapping(_ key: String) throws -> YAMLBlock? {
        guard let entry = entry(key) else { return nil }
        return try YAMLBlock(node: entry.value, name: name, origin: origin, what: "'\(key)'")
    }

    /// A list of mappings such as `tiles:` or `reference:`.
    func mappings(_ key: String) throws -> [YAMLBlock]? {
        guard let entry = entry(key) else { return nil }
        guard let sequence = entry.value.sequence else {
            throw error("'\(key)' must be a list", at: location(ofValue: key), hint: "start each item with `- `")
        }
        return try sequence.map { try YAMLBlock(node: $0, name: name, origin: origin, what: "each item of '\(key)'") }
    }

    /// The mapping's pairs as strings, in the author's order.
    func stringPairs() throws -> [(key: String, value: String, mark: Mark?)] {
        try entries.map { entry in
            guard let scalar = entry.value.scalar else {
                throw error("'\(entry.key)' must be a single value", at: location(of: entry.value.mark))
            }
            return (entry.key, scalar.string, entry.keyMark)
        }
    }

    private static func syntaxDiagnostic(_ error: YamlError, name: String, origin: SourceLocation) -> Diagnostic {
        let hint = "check indentation, and quote values containing ': ' or '#'"
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return Diagnostic(location(of: mark, origin: origin), "\(name): YAML syntax error: \(problem)", hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(
                location(of: context.mark, origin: origin),
                "\(name): duplicate key \(duplicates.joined(separator: ", "))", hint: "keep one of them")
        default:
            return Diagnostic(origin, "\(name): YAML error: \(error)", hint: hint)
        }
    }
}

/// Reads a threshold as authors write it in specs and the metric registry: `0.85`, `85%`
/// (a fraction, as percent columns are stored), `480 min`, `8 h`, `90 s` (seconds).
public enum SpecQuantity {
    public static func parse(_ text: String) -> Double? { YAMLBlock.number(from: text) }
}
