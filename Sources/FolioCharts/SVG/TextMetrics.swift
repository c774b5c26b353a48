/// Estimates how wide a label will render, so axis labels can be thinned before they overlap.
///
/// There is no font at build time; 0.6 em per character is a safe upper bound for the digits and
/// lowercase letters of common sans-serif faces (Helvetica digits are 0.556 em), so estimates err wide.
enum TextMetrics {
    static let averageCharacterWidth = 0.6

    static func width(of text: String, fontSize: Double) -> Double {
        Double(text.count) * averageCharacterWidth * fontSize
    }

    /// The text cut to `limit` characters with an ellipsis, for long category names.
    static func truncated(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(1, limit - 1))) + "…"
    }
}
