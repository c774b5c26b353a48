import FolioDiagnostics

/// What every fuzz target holds a parser to: it may reject input, but only with Folio's own
/// `Diagnostic`/`DiagnosticList` naming the file it was given, never with a crash or a foreign error.
public enum FuzzOracle {
    /// Runs `body`; a thrown error that is not a diagnostic about `path` aborts, so libFuzzer saves the input.
    public static func expectDiagnostics(path: String, _ body: () throws -> Void) {
        do {
            try body()
        } catch let diagnostic as Diagnostic {
            check(diagnostic, path: path)
        } catch let list as DiagnosticList {
            require(!list.diagnostics.isEmpty, "empty DiagnosticList")
            for diagnostic in list.diagnostics { check(diagnostic, path: path) }
        } catch {
            fail("unexpected error type \(type(of: error)): \(error)")
        }
    }

    /// Stops the process with `message` when `condition` is false: libFuzzer reports it as a crash.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fail(message()) }
    }

    private static func check(_ diagnostic: Diagnostic, path: String) {
        require(diagnostic.location.path.hasPrefix(path), "diagnostic for another file: \(diagnostic)")
        require(!diagnostic.message.isEmpty, "diagnostic without a message at \(diagnostic.location)")
    }

    private static func fail(_ message: String) -> Never {
        print("fuzz oracle: \(message)")
        // A trap (not `exit`) so libFuzzer writes the crashing input to its artifact folder.
        preconditionFailure(message)
    }
}
