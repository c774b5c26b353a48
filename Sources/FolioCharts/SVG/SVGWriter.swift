/// Builds SVG and HTML text in document order, escaping every attribute value and text node.
///
/// Attributes are an ordered list, never a dictionary, so two renders of the same chart are
/// byte-identical; numbers go through `SVGWriter.number(_:)` for the same reason.
struct SVGWriter: Sendable {
    private(set) var output = ""

    /// `<name a="v">` with escaped values.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<" + name + Self.attributeText(attributes) + ">"
    }

    mutating func close(_ name: String) {
        output += "</" + name + ">"
    }

    /// A self-closing element such as `<path d="…"/>`.
    mutating func leaf(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<" + name + Self.attributeText(attributes) + "/>"
    }

    /// An element holding only text, e.g. `<text x="1">label</text>`.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        output += Markup.escaped(text)
        close(name)
    }

    /// Escaped character data.
    mutating func text(_ text: String) {
        output += Markup.escaped(text)
    }

    /// Already-built markup (from another writer); never pass author text here.
    mutating func raw(_ markup: String) {
        output += markup
    }

    private static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(Markup.escaped($0.1))\"" }.joined()
    }

    /// A coordinate with at most two decimals, trailing zeros trimmed, never `-0`, `nan` or `inf`:
    /// deterministic across platforms, unlike `String(describing:)` of a `Double`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded()
        guard hundredths != 0, abs(hundredths) < 1e15 else { return "0" }
        let magnitude = Int(abs(hundredths))
        var text = hundredths < 0 ? "-" : ""
        text += String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction != 0 {
            text +=
                fraction % 10 == 0 ? "." + String(fraction / 10) : "." + (fraction < 10 ? "0" : "") + String(fraction)
        }
        return text
    }
}
