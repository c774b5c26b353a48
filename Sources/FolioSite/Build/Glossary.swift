import FolioData
import FolioHTML
import FolioMarkdown
import Foundation

/// The generated metric glossary, one page per language: every registered metric with its name,
/// description, formula, unit, direction, target and the pages that use it.
enum Glossary {
    static let stringKeys = [
        "glossaryTitle", "glossaryDescription", "glossarySlug", "formula", "unit", "direction", "higherIsBetter",
        "lowerIsBetter", "usedOn", "notUsedYet", "dataSource",
    ]
    static let translationKey = "folio-glossary"

    /// The glossary pages, added to the site before rendering so menus and switchers include them.
    static func pages(config: SiteConfig, strings: [String: StringTable]) -> [Page] {
        config.languages.map { language in
            let table = strings[language.code]
            let slug = Slug.make(table?["glossarySlug"] ?? "glossary")
            return Page(
                sourcePath: "content/metrics.yml", language: language.code, contentPath: slug,
                frontMatter: FrontMatter(
                    title: table?["glossaryTitle"] ?? "Glossary", description: table?["glossaryDescription"],
                    weight: 10_000,
                    draft: false, translationKey: translationKey),
                body: "", bodyFirstLine: 1, outputPath: [language.code, slug.isEmpty ? "glossary" : slug])
        }
    }

    static func isGlossary(_ page: Page) -> Bool {
        page.frontMatter.translationKey == translationKey && page.sourcePath == "content/metrics.yml"
    }

    /// The glossary's body for one language. Every author string is escaped here, since it is
    /// written as HTML rather than passed through Markdown.
    static func body(
        for page: Page, metrics: [Metric], usage: [RenderedPage], formatter: ValueFormatter, strings: StringTable,
        linkStyle: LinkStyle
    ) -> RenderedMarkdown {
        var html = ""
        var headings: [Heading] = []
        for metric in metrics {
            let text = metric.texts[page.language]
            let id = "metric-" + Slug.make(metric.id)
            headings.append(Heading(level: 2, text: text?.name ?? metric.id, id: id, line: metric.location.line ?? 1))
            html += "<h2 id=\"\(id)\">\(escape(text?.name ?? metric.id))</h2>\n"
            html += "<p>\(escape(text?.description ?? ""))</p>\n<dl class=\"metric-facts\">\n"
            if let formula = text?.formula { html += fact(strings["formula"], escape(formula)) }
            if let unit = text?.unit { html += fact(strings["unit"], escape(unit)) }
            html += fact(
                strings["direction"],
                escape(metric.higherIsBetter ? strings["higherIsBetter"] : strings["lowerIsBetter"]))
            if let target = metric.target {
                html += fact(strings["target"], escape(format(target, metric: metric, formatter: formatter)))
            }
            html += fact(
                strings["dataSource"], "<code>\(escape(metric.data))</code>, <code>\(escape(metric.column))</code>")
            let users = usage.filter { $0.page.language == page.language && $0.metrics.contains(metric.id) }
            if users.isEmpty {
                html += fact(strings["usedOn"], escape(strings["notUsedYet"]))
            } else {
                let links = users.map {
                    "<li><a href=\"\(escape(linkStyle.href(from: page.outputPath, to: $0.page.outputPath)))\">\(escape($0.page.frontMatter.title))</a></li>"
                }
                html += fact(strings["usedOn"], "<ul>\n" + links.joined(separator: "\n") + "\n</ul>")
            }
            html += "</dl>\n"
        }
        return RenderedMarkdown(html: html, headings: headings, links: [])
    }

    private static func fact(_ term: String, _ definition: String) -> String {
        "<dt>\(escape(term))</dt>\n<dd>\(definition)</dd>\n"
    }

    private static func format(_ value: Double, metric: Metric, formatter: ValueFormatter) -> String {
        switch metric.format {
        case "percent": formatter.percent(value, fractionDigits: value * 100 == (value * 100).rounded() ? 0 : 1)
        case "duration": formatter.duration(seconds: value)
        default: formatter.number(value)
        }
    }

    static func escape(_ text: String) -> String { Markup.escaped(text) }
}
