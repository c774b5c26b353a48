/// Small multiples: one small chart per value of a column (`facet: channel`), all drawn with the
/// same kind, the same x values and one shared value scale, so panels compare at a glance.
///
/// `FolioDirectives` splits the rows and aligns every panel's x values before drawing, so each
/// panel's spec is complete on its own; the parent spec keeps title, caption and the whole table.
public struct ChartFacets: Sendable {
    public struct Panel: Sendable {
        /// The facet value, shown above the panel and in the description and the data table.
        public var title: String
        public var spec: ChartSpec

        public init(title: String, spec: ChartSpec) {
            self.title = title
            self.spec = spec
        }
    }

    /// Header of the facet column in the data table and the CSV (the column's label).
    public var label: String
    public var panels: [Panel]

    public init(label: String, panels: [Panel]) {
        self.label = label
        self.panels = panels
    }

    /// Kinds that can be drawn as small multiples: those on the shared category frame.
    public static let types: [ChartType] = [.line, .area, .bar, .groupedBar, .stackedBar, .stackedArea]

    /// More panels than this stop being comparable at a glance (and slow the page).
    public static let limit = 12

    /// The viewBox of one panel: smaller than a single chart's, so at a panel's rendered width
    /// (one column on a phone, two or three on a desktop) its 15-unit text stays above 11 px.
    static let canvas = (width: 360.0, height: 240.0)
}
