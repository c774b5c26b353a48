/// Builds HTML and inline SVG text in document order, escaping every attribute value and text node:
/// the small markup writer behind charts, KPI tiles, data tables and provenance lines.
///
/// Attributes are an ordered list, never a dictionary, so two renders of the same chart are
/// byte-identical (chart coordinates go through `SVGNumber` for the same reason).
public struct MarkupWriter: Sendable {
    public private(set) var output = ""

    public init() {}

    /// `<name a="v">` with escaped values.
    public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<" + name + Self.attributeText(attributes) + ">"
    }

    public mutating func close(_ name: String) {
        output += "</" + name + ">"
    }

    /// A self-closing element such as `<path d="…"/>`.
    public mutating func leaf(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<" + name + Self.attributeText(attributes) + "/>"
    }

    /// An element holding only text, e.g. `<text x="1">label</text>`.
    public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        output += Markup.escaped(text)
        close(name)
    }

    /// Escaped character data.
    public mutating func text(_ text: String) {
        output += Markup.escaped(text)
    }

    /// Already-built markup (from another writer); never pass author text here.
    public mutating func raw(_ markup: String) {
        output += markup
    }

    private static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(Markup.escaped($0.1))\"" }.joined()
    }
}
