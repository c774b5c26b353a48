import FolioHTML

/// A template's output for one view shape, as literal bytes with holes for the view's leaves.
///
/// Made from a probe: swift-mustache renders a view whose leaves are markers (`LeafMarker`), and
/// the output is cut at each marker. Every page of the same shape then renders by copying bytes
/// and its own leaves, escaped where the marker came out escaped. swift-mustache's per-tag cost
/// (splitting names, dynamic casts, stack walks) was a third of a large build's CPU time
/// (BENCHMARKS.md); compiled pages skip it. `TemplateShapes` checks each compiled template
/// against swift-mustache on the page it was made from, and keeps swift-mustache for any shape
/// where the two differ.
struct CompiledTemplate: Sendable {
    enum Part: Sendable, Equatable {
        case literal([UInt8])
        case leaf(Int, escaped: Bool)
    }

    let parts: [Part]
    /// How many leaves every view of this shape has (`LeafWalker`'s invariant): `render` is given
    /// exactly this many, and every leaf part names one of them.
    let leafCount: Int
    private let literalCount: Int

    /// Cuts `probe` at its markers; nil when it holds anything else that looks like a marker (a
    /// leaf printed in some other form, or a private-use character in the template itself).
    init?(probe: String, leafCount: Int) {
        let bytes = Array(probe.utf8)
        let start = Array(LeafMarker.start.utf8)
        let end = Array(LeafMarker.end.utf8)
        let raw = Array(LeafMarker.special.utf8)
        let escaped = Array(Markup.escaped(LeafMarker.special).utf8)
        var parts: [Part] = []
        var literal: [UInt8] = []
        var index = 0
        func matches(_ pattern: [UInt8], at position: Int) -> Bool {
            position + pattern.count <= bytes.count
                && bytes[position..<(position + pattern.count)].elementsEqual(pattern)
        }
        while index < bytes.count {
            // Both markers start with the same two bytes (U+E000, U+E001 in UTF-8: EE 80 80, EE 80 81).
            if bytes[index] == start[0], matches(end, at: index) { return nil }
            guard bytes[index] == start[0], matches(start, at: index) else {
                literal.append(bytes[index])
                index += 1
                continue
            }
            index += start.count
            var number = 0
            var digits = 0
            while index < bytes.count, (0x30...0x39).contains(bytes[index]), digits < 9 {
                number = number * 10 + Int(bytes[index] - 0x30)
                digits += 1
                index += 1
            }
            guard digits > 0, number < leafCount else { return nil }
            let isEscaped: Bool
            if matches(raw + end, at: index) {
                isEscaped = false
                index += raw.count + end.count
            } else if matches(escaped + end, at: index) {
                isEscaped = true
                index += escaped.count + end.count
            } else {
                return nil
            }
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = []
            parts.append(.leaf(number, escaped: isEscaped))
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
        self.leafCount = leafCount
        literalCount = parts.reduce(0) { sum, part in
            if case let .literal(bytes) = part { return sum + bytes.count }
            return sum
        }
    }

    /// The document for a view of this shape, given its leaves in walking order.
    ///
    /// A different number of leaves means the shape did not describe the view (a walker bug, not
    /// an author's mistake): the output would be wrong, so it stops here rather than write it.
    func render(_ leaves: [String]) -> [UInt8] {
        precondition(
            leaves.count == leafCount, "compiled template for \(leafCount) leaves given \(leaves.count)")
        var output: [UInt8] = []
        output.reserveCapacity(literalCount + leaves.reduce(0) { $0 + $1.utf8.count } + 256)
        for part in parts {
            switch part {
            case let .literal(bytes): output.append(contentsOf: bytes)
            case let .leaf(index, escaped):
                if escaped {
                    output.append(contentsOf: Markup.escaped(leaves[index]).utf8)
                } else {
                    output.append(contentsOf: leaves[index].utf8)
                }
            }
        }
        return output
    }
}
