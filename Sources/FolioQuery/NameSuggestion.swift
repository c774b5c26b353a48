/// "Did you mean" candidates for a misspelt table or column name (Levenshtein distance).
///
/// A copy of FolioCharts' `EditDistance.nearest`, which FolioQuery cannot import; the two can become one
/// in FolioDiagnostics once the module restructuring lands.
enum NameSuggestion {
    /// Up to three names near `name`, nearest first; only plausible ones (distance at most a third of the
    /// longer name, at least 2).
    static func nearest(to name: String, in candidates: [String]) -> [String] {
        let plausible =
            candidates
            .map { (candidate: $0, distance: distance($0.lowercased(), name.lowercased())) }
            .filter { $0.distance <= max(2, max(name.count, $0.candidate.count) / 3) }
            .sorted { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
        guard let best = plausible.first?.distance else { return [] }
        return plausible.filter { $0.distance <= best + 1 }.prefix(3).map(\.candidate)
    }

    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
