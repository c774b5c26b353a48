import Foundation

/// Reads a threshold as authors write it in specs and the metric registry: `0.85`, `85%`
/// (a fraction, as percent columns are stored), `480 min`, `8 h`, `90 s` (seconds), and a decimal
/// comma (`87,5`), so authors write thresholds the way readers see them.
public enum SpecQuantity {
    public static func parse(_ text: String) -> Double? {
        var text = text.trimmingCharacters(in: .whitespaces)
        var factor = 1.0
        for (suffix, scale) in [("%", 0.01), ("min", 60.0), ("h", 3600.0), ("s", 1.0)] where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            factor = scale
            break
        }
        if !text.contains("."), text.filter({ $0 == "," }).count == 1 {
            text = text.replacingOccurrences(of: ",", with: ".")
        }
        guard let value = Double(text), value.isFinite else { return nil }
        return value * factor
    }
}
