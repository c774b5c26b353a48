import FolioDiagnostics
import FolioYAML
import Foundation

/// Site-wide settings from `content/site.yml`.
public struct SiteConfig: Sendable, Hashable {
    /// Languages in the order the file lists them (the switcher and sitemap follow it).
    public var languages: [Language]
    public var defaultLanguage: String
    /// Absolute URL the site is published at (`https://example.org/playbook/`), or empty.
    public var baseURL: String
    /// Let raw HTML in Markdown through; off so an author's `<script>` never reaches readers.
    public var unsafeHTML: Bool
    /// Where each language's key is in site.yml, for errors about that language.
    var languageLocations: [String: SourceLocation] = [:]
    /// Build a page missing in a language from its source, with a notice (issue 17); `false`
    /// leaves the page out of that language.
    public var fallback: Bool = true
    /// Show a notice on translations whose source changed since they were translated.
    public var outdatedNotices: Bool = true
    /// The root `index.html` forwards to the default language by meta refresh; off, it is a
    /// language choice page readers stay on.
    public var rootRedirect: Bool = false
    /// The print edition's paper: `a4` (the default) or `letter` (US Letter).
    public var paperSize: PaperSize = .a4
    /// Who wrote the site: the print edition's `<meta name="author">`, and so its PDF's Author.
    public var author: String = ""
    /// Full-text search on the search page (issue 30): the index shards and the one script Folio
    /// writes for readers. `search: false` writes neither; the subject index stays.
    public var search: Bool = true

    /// The sizes the print edition's stylesheet knows.
    public enum PaperSize: String, Sendable, Hashable, CaseIterable {
        case a4
        case letter
    }
    /// How long one SQL query may run, in seconds (`queryTimeout: 10s`), so a runaway query (a cross
    /// join of a large table with itself) fails the build naming the query instead of hanging it.
    public var queryTimeout: Double = 10
    /// `folio check` warns about a metric whose newest period is more than this many days older
    /// than the site's newest (`staleAfterDays: 45`); nil (the default) checks nothing.
    public var staleAfterDays: Int?
    /// How old a database snapshot may be, in seconds from its pull, before `folio check` warns
    /// (`snapshotMaxAge: 7d`; see docs/content/en/data/database-sources.md).
    public var snapshotMaxAge: Double = 7 * 86_400
    /// How many pages one `[column].md` template may generate (`maxGeneratedPages: 20000`), so a
    /// query that returns a million rows by mistake fails the build instead of filling the disk.
    public var maxGeneratedPages: Int = 10_000

    public init(languages: [Language], defaultLanguage: String, baseURL: String = "", unsafeHTML: Bool = false) {
        self.languages = languages
        self.defaultLanguage = defaultLanguage
        self.baseURL = baseURL
        self.unsafeHTML = unsafeHTML
    }

    public func language(_ code: String) -> Language? {
        languages.first { $0.code == code }
    }

    static let knownKeys = [
        "baseURL", "defaultLanguage", "unsafeHTML", "languages", "fallback", "outdatedNotices", "rootRedirect",
        "paperSize", "author", "search", "queryTimeout", "staleAfterDays", "snapshotMaxAge",
        "maxGeneratedPages",
    ]
    static let knownLanguageKeys = ["name", "locale", "title", "description"]

    /// Reads site.yml; every problem in it is reported with its line.
    static func parse(_ text: String, path: String) throws -> SiteConfig {
        let reader = YAMLReader(path: path, lineOffset: 0)
        let entries = try reader.mapping(text)
        var problems = reader.rejectUnknownKeys(entries, known: knownKeys, what: "site.yml")
        var config = SiteConfig(languages: [], defaultLanguage: "")
        var languagesLocation: SourceLocation?
        for entry in entries {
            if entry.key == "languages" { languagesLocation = entry.keyLocation }
            do {
                try config.read(entry, reader: reader, problems: &problems)
            } catch let diagnostic as Diagnostic {
                problems.append(diagnostic)
            }
        }
        config.settleLanguages(path: path, languagesLocation: languagesLocation, problems: &problems)
        if !config.baseURL.isEmpty && !config.baseURL.hasSuffix("/") { config.baseURL += "/" }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return config
    }

    /// Sets the setting one top-level entry of site.yml names; unknown keys were reported already.
    private mutating func read(_ entry: YAMLEntry, reader: YAMLReader, problems: inout [Diagnostic]) throws {
        switch entry.key {
        case "baseURL": baseURL = try reader.string(entry.value, key: "baseURL")
        case "defaultLanguage": defaultLanguage = try reader.string(entry.value, key: "defaultLanguage")
        case "unsafeHTML": unsafeHTML = try reader.bool(entry.value, key: "unsafeHTML")
        case "fallback": fallback = try reader.bool(entry.value, key: "fallback")
        case "outdatedNotices": outdatedNotices = try reader.bool(entry.value, key: "outdatedNotices")
        case "rootRedirect": rootRedirect = try reader.bool(entry.value, key: "rootRedirect")
        case "author": author = try reader.string(entry.value, key: "author")
        case "search": search = try reader.bool(entry.value, key: "search")
        case "paperSize": paperSize = try Self.paperSize(entry.value, reader: reader)
        case "queryTimeout": queryTimeout = try Self.queryTimeout(entry.value, reader: reader)
        case "staleAfterDays": staleAfterDays = try Self.staleAfterDays(entry.value)
        case "maxGeneratedPages":
            maxGeneratedPages = try reader.int(entry.value, key: "maxGeneratedPages")
            guard maxGeneratedPages > 0 else {
                throw Diagnostic(
                    entry.value.location, "'maxGeneratedPages' must be a positive number",
                    hint: "for example `maxGeneratedPages: 20000`; the default is 10000")
            }
        case "snapshotMaxAge": snapshotMaxAge = try Self.snapshotMaxAge(entry.value, reader: reader)
        case "languages": try readLanguages(entry.value, reader: reader, problems: &problems)
        default: break
        }
    }

    private static func paperSize(_ value: YAMLValue, reader: YAMLReader) throws -> PaperSize {
        let text = try reader.string(value, key: "paperSize")
        guard let size = PaperSize(rawValue: text.lowercased()) else {
            throw Diagnostic(
                value.location, "unknown paperSize '\(text)'",
                hint: "use one of: a4, letter")
        }
        return size
    }

    private static func queryTimeout(_ value: YAMLValue, reader: YAMLReader) throws -> Double {
        let text = try reader.string(value, key: "queryTimeout")
        guard let seconds = SpecQuantity.parse(text), seconds > 0, !text.hasSuffix("%") else {
            throw Diagnostic(
                value.location, "'queryTimeout' must be a positive duration",
                hint: "for example `queryTimeout: 10s`, `30 s` or `2 min`")
        }
        return seconds
    }

    private static func staleAfterDays(_ value: YAMLValue) throws -> Int {
        guard let days = value.int, days > 0 else {
            throw Diagnostic(
                value.location,
                "'staleAfterDays' must be a whole number of days above 0",
                hint: "for example `staleAfterDays: 45`; leave it out to check nothing")
        }
        return days
    }

    private static func snapshotMaxAge(_ value: YAMLValue, reader: YAMLReader) throws -> Double {
        let text = try reader.string(value, key: "snapshotMaxAge")
        guard let seconds = Self.age(text), seconds > 0 else {
            throw Diagnostic(
                value.location, "'snapshotMaxAge' must be a positive duration",
                hint: "for example `snapshotMaxAge: 7d`, `36h` or `2 days`")
        }
        return seconds
    }

    /// Appends each language of `languages:` in file order; those before a broken one stay.
    private mutating func readLanguages(_ value: YAMLValue, reader: YAMLReader, problems: inout [Diagnostic]) throws {
        guard let mapping = value.mapping else {
            throw Diagnostic(
                value.location, "'languages' must map language codes to their settings",
                hint: "for example `languages:` then `  sv:` with `name`, `locale`, `title`")
        }
        for (key, value) in mapping {
            let language = try Self.language(key, value, reader: reader, problems: &problems)
            languages.append(language)
            languageLocations[language.code] = key.location
        }
    }

    /// At least one language, and a default among them (the first when none is named).
    private mutating func settleLanguages(
        path: String, languagesLocation: SourceLocation?, problems: inout [Diagnostic]
    ) {
        if languages.isEmpty {
            problems.append(
                Diagnostic(
                    languagesLocation ?? SourceLocation(path: path, line: 1, column: 1), "no languages configured",
                    hint: "add a `languages:` mapping with at least one language"))
        }
        if defaultLanguage.isEmpty, let first = languages.first {
            defaultLanguage = first.code
        } else if !languages.isEmpty, language(defaultLanguage) == nil {
            problems.append(
                Diagnostic(
                    SourceLocation(path: path),
                    "defaultLanguage '\(defaultLanguage)' is not among the languages",
                    hint: "use one of: \(languages.map(\.code).joined(separator: ", "))"))
        }
    }

    /// `7d`, `7 days`, `1 day`, or any duration `queryTimeout` takes (`36h`, `90 min`), in seconds.
    static func age(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for suffix in ["days", "day", "d"] where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            return Double(number).flatMap { $0.isFinite ? $0 * 86_400 : nil }
        }
        guard !trimmed.hasSuffix("%") else { return nil }
        return SpecQuantity.parse(trimmed)
    }

    private static func language(_ key: YAMLValue, _ value: YAMLValue, reader: YAMLReader, problems: inout [Diagnostic])
        throws -> Language
    {
        guard let code = key.string, !code.isEmpty, code.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) else {
            throw Diagnostic(key.location, "a language code must be letters such as `sv` or `ro`")
        }
        guard let mapping = value.mapping else {
            throw Diagnostic(value.location, "language '\(code)' needs `name`, `locale` and `title`")
        }
        var fields: [String: String] = [:]
        problems += reader.unknownKeys(of: mapping, known: knownLanguageKeys) { "unknown language key '\($0)'" }
        for (field, fieldValue) in mapping {
            let name = field.string ?? ""
            guard knownLanguageKeys.contains(name) else { continue }
            fields[name] = try reader.string(fieldValue, key: name)
        }
        for required in ["name", "locale", "title"] where (fields[required] ?? "").isEmpty {
            problems.append(
                Diagnostic(
                    key.location, "language '\(code)' has no '\(required)'",
                    hint: "add `\(required): …` under `\(code):`"))
        }
        return Language(
            code: code, name: fields["name"] ?? code, locale: fields["locale"] ?? code,
            siteTitle: fields["title"] ?? "", siteDescription: fields["description"] ?? ""
        )
    }
}
