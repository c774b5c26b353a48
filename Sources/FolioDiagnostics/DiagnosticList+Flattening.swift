extension DiagnosticList {
    /// Any error as the diagnostics it stands for: a list's diagnostics, a diagnostic alone, or
    /// anything else as one error at `fallback` with the error's own text.
    ///
    /// The one place where a caught error is turned into diagnostics, so every caller (a page that
    /// failed to render, a file that failed to write, the console) treats them the same way.
    public init(flattening error: any Error, at fallback: SourceLocation) {
        switch error {
        case let list as DiagnosticList: self = list
        case let diagnostic as Diagnostic: self.init([diagnostic])
        default: self.init([Diagnostic(fallback, "\(error)")])
        }
    }
}
