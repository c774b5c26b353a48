import FolioDiagnostics
import Yams

/// The one positioned reader of author YAML: site.yml, front matter, string tables, data schemas,
/// the metric registry and ```chart / ```kpi / ```table blocks all go through it, so every mistake
/// points at its line and column and is worded the same way wherever it is made.
///
/// Values are read key by key from composed, placed `YAMLValue`s rather than decoded with `Codable`,
/// because `Codable` errors lose the position and cannot list the keys that are allowed. Aliases
/// are refused (`AuthorYAML`), so a "billion laughs" file fails at once instead of expanding.
public struct YAMLReader: Sendable {
    /// Where YAML line 1, column 1 is: line `lineOffset + 1` of a file, or a block's first line in Markdown.
    public let origin: SourceLocation
    /// Put in front of every message: `chart: ` for a block, empty for a file of its own.
    public let prefix: String
    /// Where an error with no position of its own goes: the file, or the block's first line.
    private let unplaced: SourceLocation

    /// A YAML file, or YAML after `lineOffset` lines of its file (front matter starts after `---`).
    public init(path: String, lineOffset: Int = 0) {
        origin = SourceLocation(path: path, line: lineOffset + 1)
        prefix = ""
        unplaced = SourceLocation(path: path)
    }

    /// A block inside another file (a ```chart block in Markdown) whose YAML line 1, column 1 is at
    /// `origin`; every message starts with `name: `.
    public init(origin: SourceLocation, name: String) {
        self.origin = origin
        prefix = name + ": "
        unplaced = origin
    }

    public var path: String { origin.path }

    // MARK: Parsing

    /// Composes `text` into placed values; a syntax error or an alias becomes a diagnostic at the line
    /// libyaml reports.
    public func compose(_ text: String) throws -> YAMLValue? {
        do {
            return try AuthorYAML.compose(text).map { YAMLValue($0, reader: self) }
        } catch let error as YamlError {
            throw diagnostic(for: error)
        } catch let alias as AuthorYAML.AliasFound {
            throw Diagnostic(
                location(line: alias.line, column: alias.column), prefix + AuthorYAML.aliasMessage,
                hint: AuthorYAML.aliasHint)
        }
    }

    /// Parses `text` and requires a mapping at the top (an empty text is an empty mapping).
    public func mapping(_ text: String) throws -> [YAMLEntry] {
        guard let root = try compose(text) else { return [] }
        guard let mapping = root.mapping else {
            throw Diagnostic(
                root.location, prefix + "expected a mapping of `key: value` lines",
                hint: "write one `key: value` per line")
        }
        var entries: [YAMLEntry] = []
        entries.reserveCapacity(mapping.pairs.count)
        for (key, value) in mapping {
            guard let name = key.string else {
                throw Diagnostic(key.location, prefix + "a key must be plain text")
            }
            entries.append(YAMLEntry(key: name, keyLocation: key.location, value: value))
        }
        return entries
    }

    // MARK: Keys

    /// Rejects keys outside `known`, naming the key and listing the allowed ones.
    public func rejectUnknownKeys(_ entries: [YAMLEntry], known: [String], what: String) -> [Diagnostic] {
        unknownKeys(entries.map { ($0.key, $0.keyLocation) }, known: known) { "unknown \(what) key '\($0)'" }
    }

    /// Rejects the keys of `mapping` outside `known`.
    public func unknownKeys(of mapping: YAMLMapping, known: [String], message: (String) -> String) -> [Diagnostic] {
        unknownKeys(mapping.map { ($0.key.string ?? "", $0.key.location) }, known: known, message: message)
    }

    /// One diagnostic per key outside `known`, at the key, worded by `message(key)`, with a hint that
    /// suggests the nearest known key (`did you mean 'title'?`) and lists them all.
    public func unknownKeys(
        _ keys: [(key: String, location: SourceLocation)], known: [String], message: (String) -> String
    ) -> [Diagnostic] {
        keys.filter { !known.contains($0.key) }.map { key in
            Diagnostic(key.location, prefix + message(key.key), hint: Self.knownKeysHint(for: key.key, known))
        }
    }

    /// `did you mean 'title'? known keys: type, data, …` (the first part only when a key is near).
    public static func knownKeysHint(for key: String, _ known: [String]) -> String {
        let list = "known keys: " + known.joined(separator: ", ")
        guard let near = EditDistance.nearest(to: key, in: known, limit: 1).first else { return list }
        return "did you mean '\(near)'? " + list
    }

    // MARK: Values

    /// The text of a scalar; a list or mapping is an error at the value naming `key`.
    public func string(_ value: YAMLValue, key: String) throws -> String {
        guard let text = value.string else {
            throw Diagnostic(value.location, prefix + "'\(key)' must be text, not a list or mapping")
        }
        return text
    }

    /// A whole number (`weight: 10`); anything else is an error at the value naming `key`.
    public func int(_ value: YAMLValue, key: String) throws -> Int {
        guard let number = value.int else {
            throw Diagnostic(
                value.location, prefix + "'\(key)' must be a whole number", hint: "for example `\(key): 10`")
        }
        return number
    }

    /// `true` or `false` (`draft: true`); anything else is an error at the value naming `key`.
    public func bool(_ value: YAMLValue, key: String) throws -> Bool {
        guard let flag = value.bool else {
            throw Diagnostic(value.location, prefix + "'\(key)' must be true or false")
        }
        return flag
    }

    // MARK: Locations

    /// Where a Yams mark is in the author's file; without a mark, the file (or the block).
    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return unplaced }
        return location(line: mark.line, column: mark.column)
    }

    /// A 1-based YAML line and column, placed in the author's file.
    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(
            path: origin.path, line: origin.line.map { $0 + line - 1 } ?? line,
            column: column + (origin.column ?? 1) - 1)
    }

    /// The one wording of YAML syntax errors, for every file and block.
    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) \($0.text) that starts at \(location($0.mark))" } ?? problem
            return Diagnostic(
                location(mark), prefix + "invalid YAML: \(detail)",
                hint: "check indentation, quotes and `key: value` syntax on this line")
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(
                location(context.mark), prefix + "duplicate key \(duplicates.joined(separator: ", "))",
                hint: "each key may appear once")
        default:
            return Diagnostic(origin, prefix + "invalid YAML: \(error)")
        }
    }
}
