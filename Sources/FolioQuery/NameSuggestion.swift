import FolioDiagnostics

/// "Did you mean" candidates for a misspelt table or column name: FolioDiagnostics' `EditDistance`,
/// the same rule every other Folio hint uses.
enum NameSuggestion {
    /// Up to three names near `name`, nearest first; only plausible ones (distance at most a third of the
    /// longer name, at least 2).
    static func nearest(to name: String, in candidates: [String]) -> [String] {
        EditDistance.nearest(to: name, in: candidates, limit: 3)
    }
}
