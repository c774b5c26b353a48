import FolioCharts
import FolioMarkdown
import Yams

/// Which registered metrics a chart, KPI or table block names (`y: [csat, nps]`, `- metric: frt`),
/// read from the block's YAML without rendering it: for the glossary and `folio check`. Read with
/// `AuthorYAML`, never `Yams.compose`: a "billion laughs" block must fail here as fast as in the chart.
enum MetricUsage {
    /// - Parameter sources: each registered metric's data file; a block reading another file
    ///   (`data: metrics/teams.csv`, `y: retention`) names a column there, not the metric.
    static func ids(in directive: Directive, sources: [String: String]) -> Set<String> {
        guard !sources.isEmpty, let root = try? AuthorYAML.compose(directive.body), let mapping = root.mapping else {
            return []
        }
        let data = mapping["data"]?.string.map {
            $0.hasPrefix("content/data/") ? String($0.dropFirst("content/data/".count)) : $0
        }
        var names: [String] = []
        if let y = mapping["y"] {
            if let name = y.string { names.append(name) }
            names += (y.sequence.map(Array.init) ?? []).compactMap(\.string)
        }
        for tile in mapping["tiles"]?.sequence.map(Array.init) ?? [] {
            if let metric = tile.mapping?["metric"]?.string { names.append(metric) }
        }
        return Set(names.filter { name in sources[name].map { data == nil || data == $0 } ?? false })
    }
}
