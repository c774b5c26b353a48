/// Numbers in SVG attributes (coordinates, sizes, the viewBox).
enum SVGNumber {
    /// A coordinate with at most two decimals, trailing zeros trimmed, never `-0`, `nan` or `inf`:
    /// deterministic across platforms, unlike `String(describing:)` of a `Double`.
    static func text(_ value: Double) -> String {
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
