import ArgumentParser
import FolioDiagnostics
import Foundation

/// Prints build problems to standard error, compiler-style, and picks the exit code.
enum Console {
    /// Prints `error` and returns the exit code: 1 for problems in the author's input.
    /// `command` and `outcome` word the summary line (`folio init failed: 1 error; nothing was written.`).
    static func report(
        _ error: Error, command: String = "Build", outcome: String = "the previous output was left untouched."
    ) -> Int32 {
        let diagnostics = DiagnosticList(flattening: error, at: SourceLocation(path: "folio")).diagnostics
        var text = diagnostics.map(\.description).joined(separator: "\n")
        let errors = diagnostics.filter { $0.severity == .error }.count
        text += "\n\(command) failed: \(errors) error\(errors == 1 ? "" : "s"); \(outcome)\n"
        FileHandle.standardError.write(Data(text.utf8))
        return 1
    }

    /// Runs `work`, printing any problem compiler-style to standard error and exiting with 1.
    static func reporting<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch {
            let diagnostics = DiagnosticList(flattening: error, at: SourceLocation(path: "folio")).diagnostics
            FileHandle.standardError.write(Data((diagnostics.map(\.description).joined(separator: "\n") + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
