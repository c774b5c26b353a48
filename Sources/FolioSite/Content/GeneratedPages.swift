import FolioData
import FolioDiagnostics
import FolioDirectives
import FolioFormats
import FolioMarkdown

/// Pages from data: each `[column].md` template with `rows:` becomes one page per row, put in the
/// template's place among the site's pages before anything is planned, so menus, translations,
/// fallbacks, the sitemap and `folio check` treat them like authored pages.
///
/// A generated page keeps the template's file as its `sourcePath` (its errors point into the
/// template) and carries its row (`PageRow`); its URL segment is the slug of the row's key value.
/// Every bad row, key or column is reported together, nothing is generated from a template with one.
enum GeneratedPages {
    /// `pages` with every template replaced by its pages; `tables` are the data files and named
    /// queries by the keys blocks read them with (`teams.csv`, `query:teams`).
    static func expand(_ pages: [Page], tables: [String: DataFile], config: SiteConfig) throws -> [Page] {
        guard pages.contains(where: { $0.frontMatter.rows != nil || isTemplateName($0) }) else { return pages }
        var result: [Page] = []
        var problems: [Diagnostic] = []
        var made: [Page] = []
        for page in pages {
            guard page.frontMatter.rows != nil || isTemplateName(page) else {
                result.append(page)
                continue
            }
            do {
                made += try expand(template: page, tables: tables, config: config)
            } catch {
                // Two languages' templates over one bad file find the same problem: say it once.
                let found = DiagnosticList(flattening: error, at: SourceLocation(path: page.sourcePath)).diagnostics
                problems += found.filter { !problems.contains($0) }
            }
        }
        problems += collisions(made, with: result)
        if !problems.isEmpty { throw DiagnosticList(problems) }
        result += made
        result.sort { $0.outputPath.lexicographicallyPrecedes($1.outputPath) }
        return result
    }

    /// Whether the page's file is named `[column].md`.
    private static func isTemplateName(_ page: Page) -> Bool {
        PageTemplate.keyColumn(fileName: fileName(of: page)) != nil
    }

    private static func fileName(of page: Page) -> String {
        String(page.contentPath.split(separator: "/").last ?? "") + ".md"
    }

    /// One template's pages, in row order (or `sort:`).
    private static func expand(template page: Page, tables: [String: DataFile], config: SiteConfig) throws -> [Page] {
        let rows = try templateRows(page)
        guard let keyName = PageTemplate.keyColumn(fileName: fileName(of: page)) else {
            throw Diagnostic(
                rows.location, "a page with `rows:` must be named after its key column, as [column].md",
                hint: "rename \(page.sourcePath) to [<column>].md, e.g. [team].md: each row's <column> value is its URL"
            )
        }
        let file = try file(rows, tables: tables)
        let table = try file.table()
        guard let key = table.columns.firstIndex(where: { $0.name == keyName }) else {
            let near = EditDistance.nearest(to: keyName, in: table.columnNames, limit: 1)
            throw Diagnostic(
                SourceLocation(path: page.sourcePath, line: 1, column: 1),
                "[\(keyName)] is not a column of \(rows.source) (has: \(table.columnNames.joined(separator: ", ")))",
                hint: near.first.map { "did you mean '\($0)'? rename the file to [\($0)].md" }
                    ?? "name the file after one of its columns, as [column].md")
        }
        guard table.rowCount <= config.maxGeneratedPages else {
            throw Diagnostic(
                rows.location,
                "\(rows.source) has \(table.rowCount) rows: more than maxGeneratedPages (\(config.maxGeneratedPages)) pages",
                hint: "narrow the rows (a query with WHERE), or raise `maxGeneratedPages:` in content/site.yml")
        }
        let keys = try RowKeys(table: table, key: key, rows: rows, template: page)
        let order = try RowOrder.indices(of: table, sort: rows, template: page)
        let locale = config.language(page.language)?.locale ?? page.language
        let texts = try RowValueText(file: file, localeIdentifier: locale)
        let patterns = Patterns(page.frontMatter)
        // Each row's page on every core: 10,000 rows' values formatted and titles filled in.
        let slots = Array(order.enumerated()).concurrentMap { position, index -> Result<Page, Diagnostic> in
            let row = Self.row(index, of: table, rows: rows, keyColumn: keyName, position: position, texts: texts)
            return Result { () throws(Diagnostic) in
                try generate(from: page, row: row, slug: keys.slugs[index], rows: rows, patterns: patterns)
            }
        }
        var made: [Page] = []
        var problems: [Diagnostic] = []
        made.reserveCapacity(table.rowCount)
        for slot in slots {
            switch slot {
            case let .success(page): made.append(page)
            case let .failure(diagnostic):
                // The same unknown `{{row.x}}` in a title fails every row alike: say it once.
                if !problems.contains(diagnostic) { problems.append(diagnostic) }
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return made
    }

    /// The page of row `index` of `table` made again, for a row edit that leaves every page where it
    /// was (`RowEdits`): `old` is the page the row made before, whose place and slug it keeps.
    static func page(remaking old: Page, from template: Page, table: DataTable, index: Int, texts: RowValueText)
        throws -> Page
    {
        guard let rows = template.frontMatter.rows, let before = old.row, let slug = old.outputPath.last else {
            return old
        }
        let row = Self.row(
            index, of: table, rows: rows, keyColumn: before.keyColumn, position: before.position, texts: texts)
        return try generate(from: template, row: row, slug: slug, rows: rows, patterns: Patterns(template.frontMatter))
    }

    /// A template's title and description, read once for all its rows.
    private struct Patterns: Sendable {
        var title: RowText.Pattern
        var description: RowText.Pattern?

        init(_ matter: FrontMatter) {
            title = RowText.Pattern(matter.title)
            description = matter.description.map(RowText.Pattern.init)
        }
    }

    /// Row `index` of `table` as a page shows it, its values formatted by `texts`.
    private static func row(
        _ index: Int, of table: DataTable, rows: PageTemplate, keyColumn: String, position: Int, texts: RowValueText
    ) -> PageRow {
        PageRow(
            source: rows.source, index: index, line: rows.source.hasPrefix("query:") ? nil : table.rowLines[index],
            keyColumn: keyColumn, position: position, printed: rows.printed,
            values: table.columns.indices.map { column in
                PageRow.Value(
                    column: table.columns[column].name, cell: table.columns[column].values[index],
                    text: texts.text(column: column, of: table, row: index))
            })
    }

    private static func templateRows(_ page: Page) throws -> PageTemplate {
        guard let rows = page.frontMatter.rows else {
            throw Diagnostic(
                SourceLocation(path: page.sourcePath, line: 1, column: 1),
                "\(fileName(of: page)) is a template of pages from data but has no `rows:`",
                hint: "add `rows: <data file>` or `rows: query:<name>` to its front matter, or rename the file")
        }
        return rows
    }

    /// The rows a template names, or an error listing the nearest data files and queries.
    private static func file(_ rows: PageTemplate, tables: [String: DataFile]) throws -> DataFile {
        if let file = tables[rows.source] { return file }
        let names = tables.keys.sorted()
        let near = EditDistance.nearest(to: rows.source, in: names)
        throw Diagnostic(
            rows.location,
            rows.source.hasPrefix("query:")
                ? "rows: no query '\(rows.source.dropFirst(6))' in content/queries"
                : "rows: data file 'content/data/\(rows.source)' does not exist",
            hint: near.isEmpty
                ? "name a data file under content/data or `query:<name>`"
                : "did you mean " + near.map { "'\($0)'" }.joined(separator: " or ") + "?")
    }

    /// The page one row makes of `template`.
    private static func generate(
        from template: Page, row: PageRow, slug: String, rows: PageTemplate, patterns: Patterns
    ) throws(Diagnostic) -> Page {
        var page = template
        var matter = template.frontMatter
        matter.rows = nil
        matter.slug = nil
        matter.weight = nil
        matter.title = try patterns.title.text(
            row: row, at: SourceLocation(path: template.sourcePath, line: rows.titleLine))
        if let description = patterns.description {
            matter.description = try description.text(
                row: row, at: SourceLocation(path: template.sourcePath, line: rows.descriptionLine))
        }
        matter.translationKey = matter.translationKey.map { $0 + "/" + slug }
        var path = template.contentPath.split(separator: "/").map(String.init)
        path[path.count - 1] = slug
        // One new box for the four fields, not one for each.
        page.change {
            $0.frontMatter = matter
            $0.contentPath = path.joined(separator: "/")
            $0.outputPath = Array(template.outputPath.dropLast()) + [slug]
            $0.row = row
        }
        return page
    }

    /// Generated pages that write where another page does: an error at the row, naming the other.
    private static func collisions(_ made: [Page], with authored: [Page]) -> [Diagnostic] {
        var taken: [[String]: Page] = [:]
        for page in authored { taken[page.outputPath] = page }
        var problems: [Diagnostic] = []
        for page in made {
            if let other = taken[page.outputPath] {
                problems.append(
                    Diagnostic(
                        location(of: page),
                        "row '\(page.row.map(RowKeys.keyText) ?? "")' writes to \(page.outputPath.joined(separator: "/"))/index.html, as \(other.sourcePath) does",
                        hint: "rename or move \(other.sourcePath), or give it another `slug`"))
            } else {
                taken[page.outputPath] = page
            }
        }
        return problems
    }

    /// Where a generated page's row is written: its data file's line, else the template.
    static func location(of page: Page) -> SourceLocation {
        guard let row = page.row, let line = row.line, !row.source.hasPrefix("query:") else {
            return SourceLocation(path: page.sourcePath, line: page.frontMatter.rows?.location.line ?? 1, column: 1)
        }
        return SourceLocation(path: "content/data/" + row.source, line: line, column: 1)
    }
}
