/// A file in the site's `templates/` that replaces (or adds to) Folio's built-in theme, as
/// `folio check` lists it.
public struct ThemeOverride: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        /// Copied from the built-in file Folio ships now (its header records the current hash).
        case current
        /// Copied from an older built-in file: Folio's own has changed since.
        case outdated
        /// No `folio-theme:` header: Folio cannot tell which version it was copied from.
        case unrecorded
        /// Folio has no built-in file at this path: a partial, stylesheet or language the site adds.
        case added
    }

    /// Path inside `templates/`.
    public var path: String
    public var status: Status
    /// The hash the file's header records, if any.
    public var recordedHash: String?
    /// The built-in file's hash now (nil for an added file).
    public var builtInHash: String?

    /// How `folio check` words it in its text output.
    public var summary: String {
        switch status {
        case .current: "overrides the built-in file (copied from the current version)"
        case .outdated: "overrides the built-in file, which has changed since (see the warning above)"
        case .unrecorded:
            "overrides the built-in file (no folio-theme header: Folio cannot tell whether the built-in changed since)"
        case .added: "added (Folio has no built-in file at this path)"
        }
    }
}
