import FolioData

/// A shared event from `content/events.yml` (a new phone system, a self-service launch) that charts
/// mark with `events: true` or `events: [id, …]`, so one date and one wording serve every chart.
public struct ChartEvent: Sendable, Hashable {
    public var id: String
    /// A `.month` or `.day` cell.
    public var x: Cell
    /// The label in each language, keyed by language code.
    public var labels: [String: String]

    public init(id: String, x: Cell, labels: [String: String]) {
        self.id = id
        self.x = x
        self.labels = labels
    }
}
