import FolioData
import FolioYAML

/// Reads `decimals:` (charts, tables, KPI tiles): how many decimals every value is shown with,
/// overriding the precision Folio reads from the data (`Precision`).
enum DecimalsReader {
    /// The value of `decimals:` in `block`, 0…`Precision.maximum`; nil when absent.
    static func decimals(in block: YAMLBlock) throws -> Int? {
        guard let text = try block.string("decimals") else { return nil }
        guard let value = Int(text), (0...Precision.maximum).contains(value) else {
            throw block.error(
                "'decimals' must be a whole number from 0 to \(Precision.maximum), not '\(text)'",
                at: block.location(ofValue: "decimals"),
                hint: "leave it out to show values as precisely as the data holds them")
        }
        return value
    }
}
