import FolioDiagnostics
import FolioYAML

/// The YAML header of a page: typed, with every field's meaning fixed here.
public struct FrontMatter: Sendable, Hashable {
    public var title: String
    public var description: String?
    /// Last path segment of the page's URL; defaults to the file name.
    public var slug: String?
    /// Menu order: lower first; pages without one come last, by title.
    public var weight: Int?
    /// Publication date as written, `YYYY-MM-DD`.
    public var date: String?
    public var draft: Bool
    /// Pairs translations whose paths differ (`sv/kanaler.md` ↔ `ro/canale.md`).
    public var translationKey: String?
    /// In a translation: the content hash of the source-language page it was translated from, as
    /// `folio check` prints it; a different current hash marks the translation as stale.
    public var sourceRevision: String?
    /// On a `[column].md` template: the data its pages come from, one per row (`rows: teams.csv`,
    /// `rows: query:teams`), with where its fields are written (see `PageTemplate`).
    public var rows: PageTemplate?

    /// Terms the author adds to the subject index (`index: [Erlang C, servicenivå]`), each linking
    /// to this page; with the line each is on, for `folio check`.
    public var index: [IndexTerm] = []

    public static let knownKeys = [
        "title", "description", "slug", "weight", "date", "draft", "translationKey", "sourceRevision", "rows",
        "sort", "print", "index",
    ]
}

/// One front-matter `index:` term and where the author wrote it.
public struct IndexTerm: Sendable, Hashable {
    public var term: String
    public var line: Int
}

/// A Markdown file split into its front matter and body.
public struct SplitSource: Sendable, Hashable {
    public var frontMatter: FrontMatter
    public var body: String
    /// The line of the file the body starts on: cmark's lines are added to it.
    public var bodyFirstLine: Int
}

extension FrontMatter {
    /// Splits `text` at its `---` fences and reads the header; errors carry the file's own lines.
    public static func split(_ text: String, path: String) throws -> SplitSource {
        var text = text
        // Offsets into the UTF-8 bytes: the header is walked line by line and the body left as one
        // piece (splitting a whole page into lines and joining them was a fifth of a large build's
        // time; String index arithmetic per header line was another 2 %).
        let fences: (headerStart: Int, headerEnd: Int, bodyStart: Int, bodyFirstLine: Int)? = text.withUTF8 { bytes in
            var cursor = 0
            var lineIndex = 0
            var headerStart = 0
            while cursor <= bytes.count {
                let end = bytes[cursor...].firstIndex(of: 0x0A) ?? bytes.count
                let line = UnsafeBufferPointer(rebasing: bytes[cursor..<end])
                if lineIndex == 0 {
                    guard isFenceLine(line) else { return nil }
                    headerStart = min(end + 1, bytes.count)
                } else if isFenceLine(line) {
                    return (headerStart, max(headerStart, cursor - 1), min(end + 1, bytes.count), lineIndex + 2)
                }
                guard end < bytes.count else { break }
                cursor = end + 1
                lineIndex += 1
            }
            return (-1, -1, -1, -1)
        }
        guard let fences else {
            throw Diagnostic(
                SourceLocation(path: path, line: 1, column: 1),
                "missing front matter",
                hint: "start the file with a `---` line, `title: …`, and another `---` line"
            )
        }
        guard fences.headerEnd >= 0 else {
            throw Diagnostic(
                SourceLocation(path: path, line: 1, column: 1),
                "front matter is not closed",
                hint: "add a line with `---` after the last front-matter field"
            )
        }
        let (header, simple) = text.withUTF8 { bytes in
            let header = UnsafeBufferPointer(rebasing: bytes[fences.headerStart..<fences.headerEnd])
            let simple = SimpleFrontMatter.parse(header)
            return (simple == nil ? String(decoding: header, as: UTF8.self) : "", simple)
        }
        // The body starts after a line break, so on a character boundary; copying the slice skips
        // the UTF-8 check `String(decoding:)` repeats (1.2 % of a 10,002-page build).
        let body = String(text[text.utf8.index(text.utf8.startIndex, offsetBy: fences.bodyStart)...])
        // Most headers are plain `key: value` lines (`SimpleFrontMatter`); Yams reads the rest.
        let frontMatter = try simple ?? parse(header, path: path, lineOffset: 1)
        return SplitSource(frontMatter: frontMatter, body: body, bodyFirstLine: fences.bodyFirstLine)
    }

    /// `isFenceLine` for one line's UTF-8 bytes.
    static func isFenceLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let blank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard line.allSatisfy({ $0 < 0x80 }) else {
            // Most non-ASCII lines are text with no `---` in them at all: decoding and trimming each
            // through Foundation was 1.7 % of a 10,002-page build.
            guard containsFence(line) else { return false }
            return isFenceLine(Substring(String(decoding: line, as: UTF8.self)))
        }
        guard let first = line.firstIndex(where: { !blank($0) }), let last = line.lastIndex(where: { !blank($0) })
        else { return false }
        return line[first...last].elementsEqual("---".utf8)
    }

    /// Whether `line` holds `---` anywhere: a fence line, however it is padded, must.
    static func containsFence(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        for byte in line {
            run = byte == UInt8(ascii: "-") ? run + 1 : 0
            if run == 3 { return true }
        }
        return false
    }

    /// `---` with spaces or tabs around it. ASCII lines are trimmed as bytes (Foundation's trimming
    /// of every header line was 1.4 % of a large build's time); others as before, by `.whitespaces`.
    static func isFenceLine(_ line: Substring) -> Bool {
        let bytes = line.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return line.trimmingCharacters(in: .whitespaces) == "---" }
        let blank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = bytes.firstIndex(where: { !blank($0) }), let last = bytes.lastIndex(where: { !blank($0) })
        else { return false }
        return bytes[first...last].elementsEqual("---".utf8)
    }

    /// `index:` as a list of terms, or one term on its own.
    static func indexTerms(_ value: YAMLValue, reader: YAMLReader) throws -> [IndexTerm] {
        let items = value.sequence ?? [value]
        return try items.map { item in
            let term = try reader.string(item, key: "index").trimmingCharacters(in: .whitespaces)
            guard !term.isEmpty else {
                throw Diagnostic(item.location, "an `index:` term is empty", hint: "write a word or a phrase")
            }
            return IndexTerm(term: term, line: item.location.line ?? 1)
        }
    }

    /// Reads the YAML header; all problems in it are reported together.
    static func parse(_ yaml: String, path: String, lineOffset: Int) throws -> FrontMatter {
        let reader = YAMLReader(path: path, lineOffset: lineOffset)
        let entries = try reader.mapping(yaml)
        var problems = reader.rejectUnknownKeys(entries, known: knownKeys, what: "front-matter")
        var matter = FrontMatter(title: "", draft: false)
        for entry in entries {
            do {
                switch entry.key {
                case "title":
                    matter.title = try reader.string(entry.value, key: "title").trimmingCharacters(in: .whitespaces)
                    if matter.title.isEmpty {
                        throw Diagnostic(
                            entry.keyLocation, "'title' is empty", hint: "give the page a title")
                    }
                case "description": matter.description = try reader.string(entry.value, key: "description")
                case "slug": matter.slug = try reader.string(entry.value, key: "slug")
                case "weight": matter.weight = try reader.int(entry.value, key: "weight")
                case "date":
                    let date = try reader.string(entry.value, key: "date")
                    guard CalendarDay(date) != nil else {
                        throw Diagnostic(
                            entry.value.location,
                            "'date' must be a date written YYYY-MM-DD, not '\(date)'",
                            hint: "for example `date: 2026-10-01`")
                    }
                    matter.date = date
                case "draft": matter.draft = try reader.bool(entry.value, key: "draft")
                case "translationKey": matter.translationKey = try reader.string(entry.value, key: "translationKey")
                case "sourceRevision": matter.sourceRevision = try reader.string(entry.value, key: "sourceRevision")
                case "rows", "sort", "print": break
                case "index": matter.index = try indexTerms(entry.value, reader: reader)
                default: break
                }
            } catch let diagnostic as Diagnostic {
                problems.append(diagnostic)
            }
        }
        if !entries.contains(where: { $0.key == "title" }) {
            problems.append(
                Diagnostic(
                    SourceLocation(path: path, line: lineOffset, column: 1), "front matter has no 'title'",
                    hint: "add `title: Your page title`"))
        }
        do {
            matter.rows = try PageTemplate.read(entries, reader: reader)
        } catch let diagnostic as Diagnostic {
            problems.append(diagnostic)
        }
        if problems.count == 1, let only = problems.first { throw only }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return matter
    }
}
