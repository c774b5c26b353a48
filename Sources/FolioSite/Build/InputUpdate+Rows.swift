import FolioData
import FolioDirectives

/// A data edit that changes a few rows of the data of pages from data and leaves every page where it
/// was: the same rows, keys, order, columns and formats. Only the changed rows' pages are made
/// again, put in place of their last versions as a page file's edit puts its page, and the keys
/// they change are known, so a one-row edit of 10,000 rows costs that row's pages instead of making
/// and planning 20,000 pages again and comparing every key of the site (issue 29,
/// bench/pages-from-data). Anything else goes the way of a load (`InputUpdate.data`).
extension InputUpdate {
    /// The most rows one edit may change here: more, and making every page again costs about as much.
    static let mostRowEdits = 64

    /// The update when the templates' data changed only in rows that keep their pages' places;
    /// nil otherwise. `next` holds the data loaded again; `previous` keeps its inputs (a failed
    /// build puts back only the pages, `restore(into:)`).
    static func rows(
        next: SiteInputs, inputs: SiteInputs, templates: [Page], previous: inout BuildCache
    ) -> InputUpdate? {
        let (before, after) = (inputs.readableTables, next.readableTables)
        var edits: [(index: Int, page: Page)] = []
        for source in Set(templates.compactMap(\.frontMatter.rows?.source)) where before[source] != after[source] {
            guard let oldFile = before[source], let newFile = after[source], let old = try? oldFile.table(),
                let new = try? newFile.table(), let changed = changedRows(from: old, to: new)
            else { return nil }
            for template in templates where template.frontMatter.rows?.source == source {
                guard
                    let made = remade(
                        template, rows: changed, from: (oldFile, old), to: (newFile, new), config: next.source.config,
                        pages: previous.current.pages)
                else { return nil }
                edits += made
            }
        }
        var candidates: Set<InputKey> = []
        for key in Set(before.keys).union(after.keys) where before[key] != after[key] { candidates.insert(.table(key)) }
        if next.metrics != inputs.metrics { candidates.insert(.metrics) }
        if next.events != inputs.events { candidates.insert(.events) }
        var current = CurrentPages(pages: [])
        swap(&current, &previous.current)
        var replaced: [(index: Int, path: String?, page: Page, loaded: LoadedPage?)] = []
        var replan = false
        for edit in edits {
            let old = current.pages[edit.index]
            if edit.page.frontMatter != old.frontMatter { replan = true }
            candidates.formUnion([.source(old.outputPath), .row(old.outputPath)])
            replaced.append((edit.index, nil, old, nil))
            current.pages[edit.index] = edit.page
        }
        return InputUpdate(
            inputs: next, current: current, candidates: candidates, known: true, replaced: replaced,
            restoresInputs: false, replan: replan, pagesOnly: false)
    }

    /// The rows whose cells or lines differ, when the two tables have the same columns, types,
    /// row count and formats and at most `mostRowEdits` rows differ; nil otherwise.
    private static func changedRows(from old: DataTable, to new: DataTable) -> Set<Int>? {
        guard old.rowCount == new.rowCount, old.columns.count == new.columns.count, old.language == new.language,
            zip(old.columns, new.columns).allSatisfy({
                $0.name == $1.name && $0.type == $1.type && $0.index == $1.index
            })
        else { return nil }
        var changed: Set<Int> = []
        for row in 0..<old.rowCount
        where old.rowLines[row] != new.rowLines[row]
            || old.columns.indices.contains(where: {
                old.columns[$0].values[row] != new.columns[$0].values[row]
            })
        {
            changed.insert(row)
            if changed.count > mostRowEdits { return nil }
        }
        return changed
    }

    /// The pages `template` made of the changed rows, made again from `new`, with their indexes in
    /// `pages`; nil when a row's key or sort value changed (its page may move) or the column
    /// formats did (every page's text may change).
    private static func remade(
        _ template: Page, rows changed: Set<Int>, from before: (file: DataFile, table: DataTable),
        to after: (file: DataFile, table: DataTable), config: SiteConfig, pages: [Page]
    ) -> [(index: Int, page: Page)]? {
        let (old, new) = (before.table, after.table)
        guard let rows = template.frontMatter.rows,
            let key = PageTemplate.keyColumn(fileName: (template.contentPath.split(separator: "/").last ?? "") + ".md")
        else { return nil }
        let sort = rows.sort.map { $0.trimmingCharacters(in: .whitespaces) }.map {
            $0.hasPrefix("-") ? String($0.dropFirst()) : $0
        }
        for name in [key] + (sort.map { [$0] } ?? []) {
            guard let before = old.column(named: name), let after = new.column(named: name) else { return nil }
            if changed.contains(where: { before.values[$0] != after.values[$0] }) { return nil }
        }
        let locale = config.language(template.language)?.locale ?? template.language
        guard let texts = try? RowValueText(file: after.file, localeIdentifier: locale),
            let shown = try? RowValueText(file: before.file, localeIdentifier: locale), texts.showsCells(as: shown)
        else { return nil }
        var made: [(index: Int, page: Page)] = []
        var found = 0
        // Each page is looked at in place, not copied out of the array (a page is dozens of
        // references to retain and release), and the scan ends at the last changed row's page.
        for index in pages.indices {
            guard let row = pages[index].row, changed.contains(row.index),
                pages[index].sourcePath == template.sourcePath, pages[index].language == template.language
            else { continue }
            let page = pages[index]
            guard
                let remade = try? GeneratedPages.page(
                    remaking: page, from: template, table: new, index: row.index, texts: texts)
            else { return nil }
            if remade != page { made.append((index, remade)) }
            found += 1
            if found == changed.count { break }
        }
        return made
    }
}
