import FolioCharts
import FolioData
import FolioDiagnostics
import FolioYAML

/// Splits a chart's rows by a column's values for small multiples (`facet: channel`), and aligns
/// the panels so they share one x axis.
///
/// Panels come in the order of each value's first row, or as `facet_order:` lists them (values it
/// does not list follow, in first-row order). Splitting happens before `series:` pivots each panel,
/// so facets work alike on data files, long tables and query results.
enum FacetSplit {
    /// Facet values and each one's rows, in panel order.
    /// - Throws: at `facet_order` for a value the column does not hold, at `facet` for more panels
    ///   than `ChartFacets.limit`.
    static func groups(
        _ table: DataTable, facet: Column, rows: [Int], order: [String]?, block: YAMLBlock
    ) throws -> [(value: String, rows: [Int])] {
        var names: [String] = []
        var members: [String: [Int]] = [:]
        for row in rows where !facet.values[row].isMissing {
            let name = SeriesPivot.text(facet.values[row])
            if members[name] == nil { names.append(name) }
            members[name, default: []].append(row)
        }
        if let order {
            for name in order where members[name] == nil {
                let near = EditDistance.nearest(to: name, in: names, limit: 1).first
                throw block.error(
                    "facet_order: '\(name)' is not a value of \(facet.name)",
                    at: block.location(ofValue: "facet_order"),
                    hint: (near.map { "did you mean '\($0)'? " } ?? "") + "values: " + names.joined(separator: ", "))
            }
            names = order + names.filter { !order.contains($0) }
        }
        if names.count > ChartFacets.limit {
            throw block.error(
                "facet: \(facet.name) has \(names.count) values; small multiples draw at most "
                    + "\(ChartFacets.limit) panels",
                at: block.location(ofValue: "facet"),
                hint: "keep fewer values with `filter:`, or facet by a column with fewer values")
        }
        return names.map { ($0, members[$0] ?? []) }
    }

    /// The table's rows `rows`, every column kept.
    static func subset(_ table: DataTable, rows: [Int]) -> DataTable {
        let columns = table.columns.map { column in
            Column(name: column.name, type: column.type, values: rows.map { column.values[$0] }, index: column.index)
        }
        var subset = DataTable(path: table.path, columns: columns, rowLines: rows.map { table.rowLines[$0] })
        subset.language = table.language
        return subset
    }

    /// Every panel redrawn over the same x values (each value's first appearance in any panel, in
    /// order), a panel lacking one getting missing cells there, so the panels' axes line up.
    /// - Throws: at `facet` when a panel has two rows for one x value.
    static func aligned(
        _ panels: [ChartFacets.Panel], facetName: String, block: YAMLBlock
    ) throws -> [ChartFacets.Panel] {
        var xCells: [Cell] = []
        var known: Set<Cell> = []
        var positions: [[Cell: Int]] = []
        for panel in panels {
            var position: [Cell: Int] = [:]
            for row in panel.spec.query.rows(of: panel.spec.table) {
                let cell = panel.spec.x.values[row]
                guard !cell.isMissing else { continue }
                if position[cell] != nil {
                    throw block.error(
                        "facet: two rows for \(panel.spec.x.name) \(SeriesPivot.text(cell)) "
                            + "in \(facetName) \(panel.title)",
                        at: block.location(ofValue: "facet"),
                        hint: "a panel needs one row per \(panel.spec.x.name): add `series:` for the column "
                            + "that tells the rows apart, or aggregate them in SQL")
                }
                position[cell] = row
                if known.insert(cell).inserted { xCells.append(cell) }
            }
            positions.append(position)
        }
        return zip(panels, positions).map { panel, position in
            var spec = panel.spec
            let align = { (column: Column) in
                Column(
                    name: column.name, type: column.type,
                    values: xCells.map { position[$0].map { column.values[$0] } ?? .missing }, index: column.index)
            }
            let x = Column(name: spec.x.name, type: spec.x.type, values: xCells, index: spec.x.index)
            let y = spec.y.map(align)
            var table = DataTable(
                path: spec.table.path, columns: [x] + y,
                rowLines: xCells.map { position[$0].map { spec.table.rowLines[$0] } ?? 0 })
            table.language = spec.table.language
            spec.table = table
            spec.x = x
            spec.y = y
            spec.query = RowQuery()
            return ChartFacets.Panel(title: panel.title, spec: spec)
        }
    }
}
