/// The pages a language lacks, made from their source-language versions (`fallback: true`).
///
/// A fallback page is built at the address the source page would have in the other language
/// (`/ro/kanaler/` for `/sv/kanaler/`) unless a page of that language already writes there, so
/// readers of every language find every page, in their own interface, with a notice.
enum FallbackPages {
    static func make(pages: [Page], config: SiteConfig) -> [Page] {
        guard config.fallback else { return [] }
        let sources = pages.filter { $0.language == config.defaultLanguage && !Glossary.isGlossary($0) }
        let present = Set(pages.map { [$0.language, $0.translationID] })
        let taken = Set(pages.map(\.outputPath))
        var made: [Page] = []
        for language in config.languages where language.code != config.defaultLanguage {
            for source in sources where !present.contains([language.code, source.translationID]) {
                let path = [language.code] + source.outputPath.dropFirst()
                guard !taken.contains(path) else { continue }
                var page = source
                page.language = language.code
                page.outputPath = path
                page.frontMatter.sourceRevision = nil
                page.fallback = FallbackSource(language: source.language, outputPath: source.outputPath)
                made.append(page)
            }
        }
        return made
    }
}
