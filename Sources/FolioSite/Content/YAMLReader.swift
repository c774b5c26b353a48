import FolioCharts
import FolioDiagnostics
import Yams

/// Reads a YAML mapping with positions, so every mistake in site.yml, front matter or a string
/// table points at its line and column.
///
/// Values are read key by key from Yams' composed `Node`s rather than decoded with `Codable`,
/// because `Codable` errors lose the position and cannot list the keys that are allowed. Aliases
/// are refused (`AuthorYAML`), so a "billion laughs" file fails at once instead of expanding.
struct YAMLReader {
    let path: String
    /// Lines before the YAML text in its file (front matter starts after `---`).
    let lineOffset: Int

    /// Parses `text` and requires a mapping at the top (an empty text is an empty mapping).
    func mapping(_ text: String) throws -> [(key: String, keyMark: Mark?, value: Node)] {
        let root: Node?
        do {
            root = try AuthorYAML.compose(text)
        } catch let error as YamlError {
            throw diagnostic(for: error)
        } catch let alias as AuthorYAML.AliasFound {
            throw Diagnostic(
                SourceLocation(path: path, line: alias.line + lineOffset, column: alias.column),
                AuthorYAML.aliasMessage, hint: AuthorYAML.aliasHint)
        }
        guard let root else { return [] }
        guard let mapping = root.mapping else {
            throw Diagnostic(
                location(root.mark), "expected a mapping of `key: value` lines", hint: "write one `key: value` per line"
            )
        }
        var entries: [(key: String, keyMark: Mark?, value: Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                throw Diagnostic(location(key.mark), "a key must be plain text")
            }
            entries.append((name, key.mark, value))
        }
        return entries
    }

    /// Rejects keys outside `known`, naming the key and listing the allowed ones.
    func rejectUnknownKeys(_ entries: [(key: String, keyMark: Mark?, value: Node)], known: [String], what: String)
        -> [Diagnostic]
    {
        entries.filter { !known.contains($0.key) }.map { entry in
            Diagnostic(
                location(entry.keyMark),
                "unknown \(what) key '\(entry.key)'",
                hint: "known keys: \(known.joined(separator: ", "))"
            )
        }
    }

    func string(_ node: Node, key: String) throws -> String {
        guard case let .scalar(scalar) = node else {
            throw Diagnostic(location(node.mark), "'\(key)' must be text, not a list or mapping")
        }
        return scalar.string
    }

    func int(_ node: Node, key: String) throws -> Int {
        guard case .scalar = node, let value = node.int else {
            throw Diagnostic(location(node.mark), "'\(key)' must be a whole number", hint: "for example `\(key): 10`")
        }
        return value
    }

    func bool(_ node: Node, key: String) throws -> Bool {
        guard case .scalar = node, let value = node.bool else {
            throw Diagnostic(location(node.mark), "'\(key)' must be true or false")
        }
        return value
    }

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) \($0.text) that starts at \(location($0.mark))" } ?? problem
            return Diagnostic(
                location(mark), "invalid YAML: \(detail)",
                hint: "check indentation, quotes and `key: value` syntax on this line")
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(
                location(context.mark), "duplicate key \(duplicates.joined(separator: ", "))",
                hint: "each key may appear once")
        default:
            return Diagnostic(SourceLocation(path: path, line: lineOffset + 1), "invalid YAML: \(error)")
        }
    }
}
