import FolioDiagnostics
import Yams

/// The one positioned reader of author YAML: site.yml, front matter, string tables, data schemas,
/// the metric registry and ```chart / ```kpi / ```table blocks all go through it, so every mistake
/// points at its line and column and is worded the same way wherever it is made.
///
/// Values are read key by key from Yams' composed `Node`s rather than decoded with `Codable`,
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

    /// Composes `text`; a syntax error or an alias becomes a diagnostic at the line libyaml reports.
    public func compose(_ text: String) throws -> Node? {
        do {
            return try AuthorYAML.compose(text)
        } catch let error as YamlError {
            throw diagnostic(for: error)
        } catch let alias as AuthorYAML.AliasFound {
            throw Diagnostic(
                location(line: alias.line, column: alias.column), prefix + AuthorYAML.aliasMessage,
                hint: AuthorYAML.aliasHint)
        }
    }

    /// Parses `text` and requires a mapping at the top (an empty text is an empty mapping).
    public func mapping(_ text: String) throws -> [(key: String, keyMark: Mark?, value: Node)] {
        guard let root = try compose(text) else { return [] }
        guard let mapping = root.mapping else {
            throw Diagnostic(
                location(root.mark), prefix + "expected a mapping of `key: value` lines",
                hint: "write one `key: value` per line")
        }
        var entries: [(key: String, keyMark: Mark?, value: Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                throw Diagnostic(location(key.mark), prefix + "a key must be plain text")
            }
            entries.append((name, key.mark, value))
        }
        return entries
    }

    // MARK: Keys

    /// Rejects keys outside `known`, naming the key and listing the allowed ones.
    public func rejectUnknownKeys(
        _ entries: [(key: String, keyMark: Mark?, value: Node)], known: [String], what: String
    ) -> [Diagnostic] {
        unknownKeys(entries.map { ($0.key, $0.keyMark) }, known: known) { "unknown \(what) key '\($0)'" }
    }

    /// Rejects the keys of `mapping` outside `known`.
    public func unknownKeys(of mapping: Node.Mapping, known: [String], message: (String) -> String) -> [Diagnostic] {
        unknownKeys(mapping.map { ($0.key.string ?? "", $0.key.mark) }, known: known, message: message)
    }

    /// One diagnostic per key outside `known`, at the key, worded by `message(key)`, with a hint that
    /// suggests the nearest known key (`did you mean 'title'?`) and lists them all.
    public func unknownKeys(_ keys: [(key: String, mark: Mark?)], known: [String], message: (String) -> String)
        -> [Diagnostic]
    {
        keys.filter { !known.contains($0.key) }.map { key in
            Diagnostic(location(key.mark), prefix + message(key.key), hint: Self.knownKeysHint(for: key.key, known))
        }
    }

    /// `did you mean 'title'? known keys: type, data, …` (the first part only when a key is near).
    public static func knownKeysHint(for key: String, _ known: [String]) -> String {
        let list = "known keys: " + known.joined(separator: ", ")
        guard let near = EditDistance.nearest(to: key, in: known, limit: 1).first else { return list }
        return "did you mean '\(near)'? " + list
    }

    // MARK: Values

    public func string(_ node: Node, key: String) throws -> String {
        guard case let .scalar(scalar) = node else {
            throw Diagnostic(location(node.mark), prefix + "'\(key)' must be text, not a list or mapping")
        }
        return scalar.string
    }

    public func int(_ node: Node, key: String) throws -> Int {
        guard case .scalar = node, let value = node.int else {
            throw Diagnostic(
                location(node.mark), prefix + "'\(key)' must be a whole number", hint: "for example `\(key): 10`")
        }
        return value
    }

    public func bool(_ node: Node, key: String) throws -> Bool {
        guard case .scalar = node, let value = node.bool else {
            throw Diagnostic(location(node.mark), prefix + "'\(key)' must be true or false")
        }
        return value
    }

    // MARK: Locations

    /// Where a node is in the author's file; without a mark, the file (or the block).
    public func location(_ mark: Mark?) -> SourceLocation {
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
