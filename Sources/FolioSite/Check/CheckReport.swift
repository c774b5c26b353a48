import FolioDiagnostics

/// What `folio check` found: diagnostics plus the translation matrix, in a stable shape that the
/// text and JSON outputs both print.
public struct CheckReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var translations: [TranslationRow]
    public var languages: [String]
    /// The site's `templates/` files that replace or add to Folio's built-in theme.
    public var overrides: [ThemeOverride] = []

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// One page across every language: present and current, stale, or missing.
public struct TranslationRow: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        /// The source-language page itself.
        case source
        /// A translation recording the source's current revision.
        case current
        /// A translation recording an older revision of its source.
        case stale
        /// A translation that records no `sourceRevision`.
        case untracked
        case missing
    }

    public struct Cell: Sendable, Hashable {
        public var status: Status
        public var path: String?
    }

    /// `translationKey`, or the shared content path.
    public var key: String
    /// The source page's current revision: what translations record as `sourceRevision`.
    public var sourceRevision: String?
    public var cells: [String: Cell]
}
