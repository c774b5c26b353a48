import FolioDiagnostics

/// Collects the problems of one file so the author sees several at once, capped so a file with a wrong
/// separator does not print a thousand lines.
struct DiagnosticBatch: Sendable {
    /// After this many, one more diagnostic says how many were left out.
    static let limit = 20

    private(set) var diagnostics: [Diagnostic] = []
    private var omitted: [Diagnostic] = []

    var isEmpty: Bool { diagnostics.isEmpty }

    /// Every problem appended, including those past the limit, to hand on to another batch.
    var all: [Diagnostic] { diagnostics + omitted }

    mutating func append(_ diagnostic: Diagnostic) {
        if diagnostics.count < Self.limit {
            diagnostics.append(diagnostic)
        } else {
            omitted.append(diagnostic)
        }
    }

    mutating func append(contentsOf other: [Diagnostic]) {
        for diagnostic in other { append(diagnostic) }
    }

    /// Throws one `Diagnostic` when there is exactly one problem, else a `DiagnosticList`.
    func throwIfAny() throws {
        guard let first = diagnostics.first else { return }
        if diagnostics.count == 1 { throw first }
        var all = diagnostics
        if let next = omitted.first {
            all.append(
                Diagnostic(
                    next.location,
                    "\(omitted.count) more problem\(omitted.count == 1 ? "" : "s") in this file not shown",
                    hint: "Fix the problems above and build again to see the rest."
                )
            )
        }
        throw DiagnosticList(all)
    }
}
