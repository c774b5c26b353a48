import FolioHTML

/// `sitemap.xml` and `robots.txt`, in the form search engines document: every page once, with an
/// `xhtml:link rel="alternate" hreflang` entry for each of its translations (itself included).
///
/// A sitemap must hold absolute URLs, so it is written only when the site has a `baseURL`.
enum Sitemap {
    static func xml(pages: [Page], context: SiteContext) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        for page in pages {
            xml += "<url>\n<loc>\(Markup.escaped(context.url(of: page.outputPath, from: [])))</loc>\n"
            if let date = page.frontMatter.date { xml += "<lastmod>\(date)</lastmod>\n" }
            let versions = context.translations.versions(of: page)
            if versions.count > 1 {
                for language in context.config.languages {
                    guard let version = versions[language.code] else { continue }
                    xml +=
                        "<xhtml:link rel=\"alternate\" hreflang=\"\(language.code)\" href=\"\(Markup.escaped(context.url(of: version.outputPath, from: [])))\"/>\n"
                }
            }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(context: SiteContext) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if !context.config.baseURL.isEmpty { text += "Sitemap: \(context.config.baseURL)sitemap.xml\n" }
        return text
    }
}
