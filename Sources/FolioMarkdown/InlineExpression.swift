import FolioDiagnostics

/// A `{{name arguments…}}` expression in running text, such as `{{metric csat latest}}`.
///
/// Found in cmark's text nodes only, so the same characters inside a code span or code block stay
/// literal, as the author wrote them.
public struct InlineExpression: Sendable, Hashable {
    public var name: String
    public var arguments: [String]
    public var location: SourceLocation

    public init(name: String, arguments: [String], location: SourceLocation) {
        self.name = name
        self.arguments = arguments
        self.location = location
    }

    /// Replaces every `{{name …}}` whose name is in `names` with what `evaluate` returns; anything
    /// else between braces is left as written. All failing expressions are reported together.
    static func expand(
        _ text: String, names: Set<String>, location: SourceLocation, evaluate: (InlineExpression) throws -> String
    ) throws -> String {
        // A byte scan: Foundation's `contains` was 1.6 % of a large build's time.
        guard text.utf8.contains(UInt8(ascii: "{")), text.contains("{{") else { return text }
        var result = ""
        var problems: [Diagnostic] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let words = rest[open.upperBound..<close.lowerBound].split(whereSeparator: \.isWhitespace).map(String.init)
            result += rest[..<open.lowerBound]
            if let (name, arguments) = expression(words, names: names) {
                do {
                    result += try evaluate(InlineExpression(name: name, arguments: arguments, location: location))
                } catch let diagnostic as Diagnostic {
                    problems.append(diagnostic)
                }
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return result + rest
    }

    /// The expression's name and arguments, when `names` has its name: `metric csat latest`, or
    /// `row.team` for a name `row.` in `names` (a dotted path: name `row`, argument `team`).
    private static func expression(_ words: [String], names: Set<String>) -> (String, [String])? {
        guard let first = words.first else { return nil }
        if names.contains(first) { return (first, Array(words.dropFirst())) }
        guard let dot = first.firstIndex(of: "."), names.contains(String(first[...dot])) else { return nil }
        return (String(first[..<dot]), [String(first[first.index(after: dot)...])] + words.dropFirst())
    }
}
