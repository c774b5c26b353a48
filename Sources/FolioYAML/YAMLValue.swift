import FolioDiagnostics
import Yams

/// One value of author YAML (a scalar, a mapping or a list), placed in the author's file.
///
/// Folio's own copy of Yams' composed tree: plain `Sendable` values with a `SourceLocation` each, so the
/// modules that read file formats never see Yams (`Node`, `Mark`) and every error they raise points at
/// the author's line and column without converting positions themselves.
public struct YAMLValue: Sendable {
    /// What the value is.
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case mapping(YAMLMapping)
        case sequence([YAMLValue])
    }

    /// The scalar, mapping or list itself.
    public var content: Content
    /// Where the value starts in the author's file (a block's Markdown file for a ```chart block).
    public var location: SourceLocation

    /// A value made by hand (tests, or a default where a file has none), placed at `location`.
    public init(_ content: Content, location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// The scalar, when the value is one.
    public var scalar: YAMLScalar? {
        guard case let .scalar(scalar) = content else { return nil }
        return scalar
    }

    /// The scalar's text; nil for a mapping or a list.
    public var string: String? { scalar?.text }

    /// The scalar as a whole number as YAML 1.1 writes one (`10`, `1_000`, `0x1F`), as Yams reads it.
    public var int: Int? { scalar?.int }

    /// The scalar as `true`/`false` (also `yes`/`no`, `on`/`off`), as Yams reads it.
    public var bool: Bool? { scalar?.bool }

    /// The pairs, when the value is a mapping.
    public var mapping: YAMLMapping? {
        guard case let .mapping(mapping) = content else { return nil }
        return mapping
    }

    /// The items, when the value is a list.
    public var sequence: [YAMLValue]? {
        guard case let .sequence(items) = content else { return nil }
        return items
    }
}

/// A scalar as written: its text and how it was quoted, which `InlineSQLPlacement` needs to place SQL
/// errors inside a `|` block.
public struct YAMLScalar: Sendable {
    /// How the scalar was written in the file.
    public enum Style: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded, unknown
    }

    /// The scalar's text after YAML's quoting and folding rules.
    public var text: String
    public var style: Style
    /// Yams' tag and style, kept so `int` and `bool` read exactly as Yams' constructors do
    /// (a quoted or `!!str` scalar is never a Bool).
    let tag: String
    let yamsStyle: UInt32

    init(_ scalar: Node.Scalar) {
        text = scalar.string
        tag = scalar.tag.description
        yamsStyle = scalar.style.rawValue
        switch scalar.style {
        case .plain: style = .plain
        case .singleQuoted: style = .singleQuoted
        case .doubleQuoted: style = .doubleQuoted
        case .literal: style = .literal
        case .folded: style = .folded
        case .any: style = .unknown
        }
    }

    /// The scalar rebuilt for Yams' constructors, which define what `int` and `bool` accept.
    private var yams: Node.Scalar {
        Node.Scalar(text, Tag(Tag.Name(rawValue: tag)), Node.Scalar.Style(rawValue: yamsStyle) ?? .any)
    }

    /// A whole number as YAML 1.1 writes one, plain only: `'10'` is text.
    public var int: Int? { Int.construct(from: yams) }
    /// `true`, `yes`, `on` and their opposites, in any case.
    public var bool: Bool? { Bool.construct(from: yams) }
}

/// A mapping's pairs in the author's order, each key and value placed.
public struct YAMLMapping: Sendable, Sequence {
    public typealias Element = (key: YAMLValue, value: YAMLValue)

    /// Keys and values in the author's order; a key may be any value (only text keys are read).
    public var pairs: [Element]
    /// Where the mapping starts, for errors about keys that are missing.
    public var location: SourceLocation

    /// The pairs in the author's order, so `for (key, value) in mapping` reads as with Yams.
    public func makeIterator() -> IndexingIterator<[Element]> { pairs.makeIterator() }

    /// The value of the key whose text is `key` (the last one, as Yams' subscript finds it).
    public subscript(key: String) -> YAMLValue? {
        pairs.last { $0.key.string == key }?.value
    }

    /// The pairs with their keys as text (a key that is not text reads as ""), as `YAMLEntry`s.
    public var entries: [YAMLEntry] {
        pairs.map { YAMLEntry(key: $0.key.string ?? "", keyLocation: $0.key.location, value: $0.value) }
    }
}

/// One `key: value` line of a mapping whose keys are text: site.yml's settings, a metric's fields.
public struct YAMLEntry: Sendable {
    /// The key's text.
    public var key: String
    /// Where the key is: errors about the whole entry (a metric missing a field) point here.
    public var keyLocation: SourceLocation
    /// The value, placed where it starts.
    public var value: YAMLValue
}

extension YAMLValue {
    /// Copies Yams' tree into Folio values, each placed by `reader`. Iterative: a hostile, deeply nested
    /// document must not overflow the stack (Yams' own composer is iterative too).
    init(_ root: Node, reader: YAMLReader) {
        // Post-order: each container is built once all its children are; `built` holds finished values.
        enum Step {
            case visit(Node)
            case mapping(Node.Mapping, Node)
            case sequence(Node.Sequence, Node)
        }
        var steps: [Step] = [.visit(root)]
        var built: [YAMLValue] = []
        while let step = steps.popLast() {
            switch step {
            case let .visit(node):
                switch node {
                case let .scalar(scalar):
                    built.append(YAMLValue(.scalar(YAMLScalar(scalar)), location: reader.location(node.mark)))
                case let .mapping(mapping):
                    steps.append(.mapping(mapping, node))
                    for (key, value) in mapping.reversed() {
                        steps.append(.visit(value))
                        steps.append(.visit(key))
                    }
                case let .sequence(sequence):
                    steps.append(.sequence(sequence, node))
                    for item in sequence.reversed() { steps.append(.visit(item)) }
                case .alias:
                    // Refused before composing (`AuthorYAML`); an empty text keeps the tree whole regardless.
                    built.append(
                        YAMLValue(.scalar(YAMLScalar(Node.Scalar(""))), location: reader.location(node.mark)))
                }
            case let .mapping(mapping, node):
                let children = built.suffix(mapping.count * 2)
                built.removeLast(mapping.count * 2)
                var pairs: [YAMLMapping.Element] = []
                pairs.reserveCapacity(mapping.count)
                var index = children.startIndex
                while index < children.endIndex {
                    pairs.append((children[index], children[index + 1]))
                    index += 2
                }
                let location = reader.location(node.mark)
                built.append(YAMLValue(.mapping(YAMLMapping(pairs: pairs, location: location)), location: location))
            case let .sequence(sequence, node):
                let items = Array(built.suffix(sequence.count))
                built.removeLast(sequence.count)
                built.append(YAMLValue(.sequence(items), location: reader.location(node.mark)))
            }
        }
        self = built.last ?? YAMLValue(.sequence([]), location: reader.location(root.mark))
    }
}
