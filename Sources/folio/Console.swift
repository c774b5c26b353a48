import FolioDiagnostics
import Foundation

/// Prints build problems to standard error, compiler-style, and picks the exit code.
enum Console {
    /// Prints `error` and returns the exit code: 1 for problems in the author's input.
    static func report(
        _ error: Error,
        closing: String = "Build failed: {n}; the previous output was left untouched."
    ) -> Int32 {
        let diagnostics = DiagnosticList(flattening: error, at: SourceLocation(path: "folio")).diagnostics
        var text = diagnostics.map(\.description).joined(separator: "\n")
        let errors = diagnostics.filter { $0.severity == .error }.count
        let count = "\(errors) error\(errors == 1 ? "" : "s")"
        text += "\n" + closing.replacingOccurrences(of: "{n}", with: count) + "\n"
        FileHandle.standardError.write(Data(text.utf8))
        return 1
    }
}
