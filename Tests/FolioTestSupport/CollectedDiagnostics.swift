import FolioDiagnostics

/// Every diagnostic `work` throws, flattened; empty when it does not throw. Any other error becomes
/// one diagnostic at path `?` naming it, so a test expecting none, or a particular one, still fails.
public func diagnostics<T>(_ work: () throws -> T) -> [Diagnostic] {
    do {
        _ = try work()
        return []
    } catch {
        return flattened(error)
    }
}

/// `diagnostics(_:)` for async work, such as a build.
public func diagnostics<T>(_ work: () async throws -> T) async -> [Diagnostic] {
    do {
        _ = try await work()
        return []
    } catch {
        return flattened(error)
    }
}

/// The first diagnostic `work` throws, if it throws.
public func diagnostic<T>(_ work: () throws -> T) -> Diagnostic? {
    diagnostics(work).first
}

private func flattened(_ error: any Error) -> [Diagnostic] {
    switch error {
    case let list as DiagnosticList: list.diagnostics
    case let diagnostic as Diagnostic: [diagnostic]
    default: [Diagnostic(SourceLocation(path: "?"), "unexpected error: \(error)")]
    }
}
