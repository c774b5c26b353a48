/// Levenshtein distance, for "did you mean" hints on misspelt keys, columns and file names.
public enum EditDistance {
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }

    /// Up to `limit` candidates closest to `name`, nearest first, ties by name. Only plausible ones
    /// (distance at most a third of the longer name, at least 2) and only those about as near as the
    /// best, so `montly.csv` suggests `monthly.csv` and not also `weekly.csv`.
    public static func nearest(to name: String, in candidates: [String], limit: Int = 3) -> [String] {
        let plausible =
            candidates
            .map { (candidate: $0, distance: between(name, $0)) }
            .filter { $0.distance <= max(2, max(name.count, $0.candidate.count) / 3) }
            .sorted { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
        guard let best = plausible.first?.distance else { return [] }
        return plausible.filter { $0.distance <= best + 1 }.prefix(limit).map(\.candidate)
    }
}
