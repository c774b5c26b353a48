import FolioData
import FolioDiagnostics
import Foundation

/// Reads CSV text written inline in a test, as UTF-8 bytes.
func readCSV(_ text: String, schema: TableSchema = TableSchema(), path: String = "data/t.csv") throws -> DataTable {
    try CSVReader(schema: schema).read(Array(text.utf8), path: path)
}

/// Reads JSON text written inline in a test, as UTF-8 bytes.
func readJSON(_ text: String, schema: TableSchema = TableSchema(), path: String = "data/t.json") throws -> DataTable {
    try JSONTableReader(schema: schema).read(Array(text.utf8), path: path)
}

extension String {
    /// ICU writes U+00A0 and U+202F as spaces; tests that care about words compare with plain spaces.
    var withPlainSpaces: String {
        replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
    }
}

extension Diagnostic {
    /// `line:column`, the part of the location tests pin down.
    var position: String { "\(location.line ?? 0):\(location.column ?? 0)" }
}
