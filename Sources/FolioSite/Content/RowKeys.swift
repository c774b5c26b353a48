import FolioData
import FolioDiagnostics
import FolioFormats
import FolioMarkdown

/// The key of each row of a template's data: its text and its URL segment, checked: no empty key,
/// no key twice, no two keys with one slug.
struct RowKeys {
    /// Each row's URL segment, by row index.
    let slugs: [String]

    /// The longest URL segment a key makes, in bytes: a longer one is cut and given a hash of the
    /// whole key, so a 10,000-character value stays under file systems' 255-byte names.
    static let longestSlug = 80

    init(table: DataTable, key: Int, rows: PageTemplate, template: Page) throws {
        let column = table.columns[key]
        var problems: [Diagnostic] = []
        var firstRow: [String: Int] = [:]
        var bySlug: [String: Int] = [:]
        var slugs: [String] = []
        slugs.reserveCapacity(table.rowCount)
        func place(_ row: Int) -> SourceLocation {
            rows.source.hasPrefix("query:")
                ? rows.location : SourceLocation(path: table.path, line: table.rowLines[row], column: column.index)
        }
        func name(_ row: Int) -> String {
            rows.source.hasPrefix("query:") ? "row \(row + 1) of \(rows.source)" : "line \(table.rowLines[row])"
        }
        for row in 0..<table.rowCount {
            let text = PageRow.plainText(column.values[row])
            let slug = Self.slug(text)
            slugs.append(slug)
            if text.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(
                    Diagnostic(
                        place(row), "row has an empty '\(column.name)': it is the page's URL, and cannot be empty",
                        hint: "give the row a \(column.name), or leave the row out of \(rows.source)"))
            } else if let first = firstRow[text] {
                problems.append(
                    Diagnostic(
                        place(row), "'\(column.name)' value '\(Self.shown(text))' is also the key of \(name(first))",
                        hint: "each row makes one page: give each row its own \(column.name), or merge the two rows"))
            } else if slug.isEmpty {
                problems.append(
                    Diagnostic(
                        place(row), "'\(column.name)' value '\(Self.shown(text))' has no letters or digits for its URL",
                        hint: "a key makes the page's URL segment: use letters or digits in it"))
            } else if let other = bySlug[slug] {
                problems.append(
                    Diagnostic(
                        place(row),
                        "'\(Self.shown(text))' and '\(Self.shown(PageRow.plainText(column.values[other])))' (\(name(other))) both make the URL segment '\(slug)'",
                        hint:
                            "keys differing only in case, accents or punctuation make one URL: make them differ in letters"
                    ))
            }
            if firstRow[text] == nil { firstRow[text] = row }
            if bySlug[slug] == nil, !slug.isEmpty { bySlug[slug] = row }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        self.slugs = slugs
    }

    /// A key's URL segment: `Slug.make` (`Göteborg` → `goteborg`), cut at `longestSlug` bytes with
    /// a hash of the whole key when longer.
    static func slug(_ text: String) -> String {
        let slug = Slug.make(text)
        guard slug.utf8.count > longestSlug else { return slug }
        let cut = String(decoding: slug.utf8.prefix(longestSlug - 9), as: UTF8.self)
        let trimmed = cut.hasSuffix("-") ? String(cut.dropLast()) : cut
        return trimmed + "-" + String(ContentHash.hex(Array(text.utf8)).prefix(8))
    }

    /// A key as an error message shows it: long keys cut, so one bad row cannot flood the console.
    static func shown(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(57)) + "…" : text
    }

    /// The row's key as text.
    static func keyText(_ row: PageRow) -> String {
        shown(row.value(row.keyColumn).map { PageRow.plainText($0.cell) } ?? "")
    }
}
