import Yams

/// YAML as Folio reads it from authors (front matter, site.yml, data schemas, chart blocks): composed
/// with positions, with aliases (`*name`) refused before Yams does any work on them.
///
/// Yams shares aliased nodes instead of copying them, but its composer hashes every mapping key in full
/// to find duplicates, so a "billion laughs" tree used as a key (`? *lol9`) takes exponential time inside
/// `compose`. Aliases are found first on a copy of the text in which each `*` becomes an anchor with a
/// reserved name (`&FolioAlias…`): libyaml itself then says where every alias is, and the copy, which
/// has no aliases left, composes in linear time.
public enum AuthorYAML {
    /// The text uses an alias at `line` and `column` (1-based; columns count Unicode scalars, as libyaml's do).
    public struct AliasFound: Error, Sendable {
        public var line: Int
        public var column: Int
    }

    /// The message and hint every reader of author YAML reports an alias with.
    public static let aliasMessage = "YAML aliases (`*name`) are not supported"
    public static let aliasHint = "write the value out in full; quote a value that starts with `*`"

    /// Composes `text` like `Yams.compose(yaml:)`, throwing `AliasFound` for the first alias and
    /// `YamlError` for a syntax error. Internal: other modules read YAML through `YAMLReader`, which
    /// places every value and words every error.
    static func compose(_ text: String) throws -> Node? {
        if text.contains("*"), let alias = try firstAlias(in: text) {
            throw alias
        }
        return try Parser(yaml: text, resolver: resolver, constructor: .default, encoding: .utf8).singleRoot()
    }

    /// No implicit tag rules: Folio reads every scalar as text and converts it itself (`node.int`,
    /// `node.bool`, its own number parser), so Yams' regular expressions for `!!int`, `!!timestamp`…
    /// would only cost time (they ran for every key when checking duplicates). The explicit `.utf8`
    /// encoding also spares Yams a read of the process environment per document.
    static let resolver = Resolver.basic

    static let marker = "FolioAlias"

    /// Where the first alias is, by parsing a copy with every `*` turned into `&FolioAlias`.
    static func firstAlias(in text: String) throws -> AliasFound? {
        let copy = text.replacingOccurrences(of: "*", with: "&" + marker)
        // Node.anchor is weak: the parser owns the anchors, so it must outlive the walk.
        let parser = try Parser(yaml: copy, resolver: resolver, constructor: .default, encoding: .utf8)
        guard let root = try parser.singleRoot() else { return nil }
        let found = withExtendedLifetime(parser) { firstMarkedNode(root) }
        guard let found else { return nil }
        // Each `*` earlier on the same line grew by the marker's length in the copy.
        let lines = copy.split(separator: "\n", omittingEmptySubsequences: false)
        guard found.line >= 1, found.line <= lines.count else {
            return AliasFound(line: found.line, column: found.column)
        }
        let before = String(
            String.UnicodeScalarView(lines[found.line - 1].unicodeScalars.prefix(max(0, found.column - 1))))
        let grown = before.components(separatedBy: "&" + marker).count - 1
        return AliasFound(line: found.line, column: max(1, found.column - grown * marker.unicodeScalars.count))
    }

    /// The first node, in document order, whose anchor was an alias in the author's text. Iterative,
    /// so a deeply nested document cannot overflow the stack.
    private static func firstMarkedNode(_ root: Node) -> Mark? {
        var stack = [root]
        var first: Mark?
        while let node = stack.popLast() {
            let anchor: Anchor?
            switch node {
            case let .scalar(scalar): anchor = scalar.anchor
            case let .mapping(mapping):
                anchor = mapping.anchor
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            case let .sequence(sequence):
                anchor = sequence.anchor
                stack.append(contentsOf: sequence)
            case .alias: anchor = nil
            }
            if let anchor, anchor.rawValue.hasPrefix(marker), let mark = node.mark {
                if let earliest = first, (earliest.line, earliest.column) <= (mark.line, mark.column) { continue }
                first = mark
            }
        }
        return first
    }
}
