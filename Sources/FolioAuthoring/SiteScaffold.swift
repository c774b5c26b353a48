import FolioDiagnostics
import FolioFormats
import FolioSite
import Foundation

/// The site `folio init` writes: `content/site.yml`, a home page and one example chapter with a
/// chart per language, a labelled sample data file, one metric, and a README for the site's authors.
///
/// `files()` is pure (tested without a disk); `write(into:force:)` is the one step that touches
/// the folder, and writes nothing unless every check passed first.
public struct SiteScaffold: Sendable {
    public var languages: [String]
    public var defaultLanguage: String
    /// Overrides every language's site title when given.
    public var title: String?

    /// `defaultLanguage` nil picks the first of `languages`.
    public init(languages: [String] = ["sv", "ro"], defaultLanguage: String? = nil, title: String? = nil) {
        self.languages = languages
        self.defaultLanguage = defaultLanguage ?? languages.first ?? "sv"
        self.title = title
    }

    /// Every file of the new site, by path relative to its folder.
    public func files() throws -> [String: String] {
        let texts = try validatedTexts()
        var files: [String: String] = [
            "content/site.yml": siteYAML(texts),
            "content/metrics.yml": metricsYAML(texts),
            "content/data/sample/monthly.csv": Self.sampleData,
            "content/data/sample/monthly.csv.yml": Self.sampleSchema,
            "content/data/README.md": Self.dataReadme,
            "README.md": ScaffoldReadme.text(languages: languages, defaultLanguage: defaultLanguage),
            ".gitignore": "# folio build output\nsite/\n",
        ]
        // Translations record the revision of the default language's page, as `folio check` asks.
        let source = texts[defaultLanguage] ?? ScaffoldText.swedish
        let homeRevision = try Self.revision(of: page(["title": "x"], body: homeBody(source)))
        let chapterRevision = try Self.revision(of: page(["title": "x"], body: chapterBody(source)))
        for (code, text) in zip(languages, languages.compactMap { texts[$0] }) {
            let translated = code != defaultLanguage
            files["content/\(code)/_index.md"] = page(
                [
                    "title": text.homeTitle, "description": text.homeDescription,
                    "sourceRevision": translated ? homeRevision : nil,
                ], body: homeBody(text))
            files["content/\(code)/\(text.chapterSlug).md"] = page(
                [
                    "title": text.chapterTitle, "description": text.chapterDescription, "weight": "10",
                    "translationKey": "getting-started", "sourceRevision": translated ? chapterRevision : nil,
                ], body: chapterBody(text))
        }
        return files
    }

    /// Checks the languages (each must be one Folio ships strings and example text for) and the
    /// default language, then returns each language's text.
    func validatedTexts() throws -> [String: ScaffoldText] {
        let shipped = SiteTheme.shippedLanguages
        var problems: [Diagnostic] = []
        if languages.isEmpty {
            problems.append(
                Diagnostic(
                    SourceLocation(path: "folio init"), "no languages given",
                    hint: "pass --languages with codes such as sv,ro (Folio ships \(shipped.joined(separator: ", ")))"))
        }
        for code in languages where !shipped.contains(code) || ScaffoldText.byLanguage[code] == nil {
            problems.append(
                Diagnostic(
                    SourceLocation(path: "folio init"),
                    "Folio has no interface strings for language '\(code)'; it ships: \(shipped.joined(separator: ", "))",
                    hint:
                        "start the site in a shipped language, then add '\(code)': copy a strings file with `folio eject strings/\(SiteTheme.startingLanguage(among: shipped)).yml`, rename it templates/strings/\(code).yml and translate every value, add content/\(code)/_index.md, and list \(code) under `languages:` in content/site.yml"
                ))
        }
        if Set(languages).count != languages.count {
            problems.append(
                Diagnostic(SourceLocation(path: "folio init"), "a language is listed twice in --languages"))
        }
        if !languages.isEmpty, !languages.contains(defaultLanguage) {
            problems.append(
                Diagnostic(
                    SourceLocation(path: "folio init"), "--default '\(defaultLanguage)' is not among --languages",
                    hint: "use one of: \(languages.joined(separator: ", "))"))
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return ScaffoldText.byLanguage.filter { languages.contains($0.key) }
    }

    /// The revision `folio check` computes for this page file (`Page.revision`: its body's hash).
    static func revision(of pageText: String) throws -> String {
        ContentHash.hex(Array(try FrontMatter.split(pageText, path: "folio init").body.utf8))
    }

    private func homeBody(_ text: ScaffoldText) -> String {
        text.homeBody.replacingOccurrences(of: "{chapter}", with: text.chapterSlug) + "\n"
    }

    private func chapterBody(_ text: ScaffoldText) -> String {
        let chart = """
            ```chart
            type: line
            data: sample/monthly.csv
            x: month
            y: [satisfaction]
            title: \(text.chartTitle)
            caption: \(text.chartCaption)
            ```
            """
        return text.chapterBody.replacingOccurrences(of: "{chart}", with: chart) + "\n"
    }

    /// A page file: front matter in the order given (nil values left out), then the body.
    private func page(_ fields: KeyValuePairs<String, String?>, body: String) -> String {
        var text = "---\n"
        for (key, value) in fields {
            guard let value else { continue }
            text += "\(key): \(Self.yamlScalar(value))\n"
        }
        return text + "---\n\n" + body
    }

    private func siteYAML(_ texts: [String: ScaffoldText]) -> String {
        var text = """
            # Site configuration: languages, their locales and titles. See the Configuration reference in Folio's manual.
            baseURL: ""
            defaultLanguage: \(defaultLanguage)
            unsafeHTML: false
            languages:

            """
        for code in languages {
            guard let language = texts[code] else { continue }
            text += """
                  \(code):
                    name: \(Self.yamlScalar(language.name))
                    locale: \(language.locale)
                    title: \(Self.yamlScalar(title ?? language.siteTitle))
                    description: \(Self.yamlScalar(language.siteDescription))

                """
        }
        return text
    }

    private func metricsYAML(_ texts: [String: ScaffoldText]) -> String {
        var text = """
            # The metric registry: each metric defined once, in every language. Charts, KPI tiles and
            # {{metric id latest}} in the text read its name, format and target from here.
            # The data it points at is invented sample data: replace it with your own.
            satisfaction:
              data: sample/monthly.csv
              column: satisfaction
              format: percent
              direction: higher
              target: 80%
              range: [0%, 100%]

            """
        for code in languages {
            guard let language = texts[code] else { continue }
            text += """
                  \(code):
                    name: \(Self.yamlScalar(language.metricName))
                    description: \(Self.yamlScalar(language.metricDescription))
                    formula: \(Self.yamlScalar(language.metricFormula))
                    unit: \(Self.yamlScalar(language.metricUnit))

                """
        }
        return text
    }

    /// A YAML scalar: plain when that is safe, double-quoted otherwise (a `--title` may hold anything).
    static func yamlScalar(_ value: String) -> String {
        let risky =
            value.isEmpty || value.first.map { "!&*-?#|>@`'\"%{}[],: ".contains($0) } == true
            || value.contains(": ") || value.contains(" #") || value.last == " "
            || value.contains { $0.isNewline || $0 == "\\" }
        guard risky else { return value }
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
        return "\"\(escaped)\""
    }

    static let sampleData = """
        month,satisfaction
        2025-01,74.0
        2025-02,74.8
        2025-03,75.5
        2025-04,75.1
        2025-05,76.4
        2025-06,77.0
        2025-07,75.9
        2025-08,77.6
        2025-09,78.3
        2025-10,78.9
        2025-11,79.4
        2025-12,80.2

        """

    static let sampleSchema = """
        # SAMPLE DATA: monthly.csv is invented, to show how charts work. Replace it with your own.
        # Column types: satisfaction is in percent points (74.0 = 74.0 %).
        columns:
          satisfaction: percent

        """

    static let dataReadme = """
        # Sample data

        Every figure in `sample/` is invented sample data, written by `folio init` to show how
        charts and metrics work. It describes no real organisation. Replace it with your own data
        (CSV or JSON), or delete it together with the chart and the metric that use it.

        """
}
