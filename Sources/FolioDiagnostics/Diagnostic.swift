/// One problem found in the author's input: where, what is wrong, and how to fix it.
///
/// Every area (front matter, CSV, charts, templates) reports through this one type so the CLI can
/// print all of a build's problems together, sorted, in the `path:line:column: error: …` form.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    /// What the author can do about it; printed on its own line after `help:`.
    public var hint: String?

    public init(_ location: SourceLocation, _ message: String, hint: String? = nil, severity: Severity = .error) {
        self.location = location
        self.message = message
        self.hint = hint
        self.severity = severity
    }

    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += "\n  help: \(hint)" }
        return text
    }
}

/// Several diagnostics reported together, so one build run shows every broken file at once.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted {
            ($0.location.path, $0.location.line ?? 0, $0.location.column ?? 0) < (
                $1.location.path, $1.location.line ?? 0, $1.location.column ?? 0
            )
        }
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
