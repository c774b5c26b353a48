import Testing

@testable import FolioSite

@Suite struct TranslationsTests {
    func page(_ language: String, _ path: String, key: String? = nil) -> Page {
        Page(
            sourcePath: "content/\(language)/\(path).md", language: language, contentPath: path,
            frontMatter: FrontMatter(title: path, draft: false, translationKey: key), body: "", bodyFirstLine: 1,
            outputPath: [language, path])
    }

    @Test func pairsByKeyOrByPath() throws {
        let kanaler = page("sv", "kanaler", key: "ch")
        let canale = page("ro", "canale", key: "ch")
        let faqSV = page("sv", "faq")
        let faqRO = page("ro", "faq")
        let translations = try Translations(pages: [kanaler, canale, faqSV, faqRO, page("sv", "solo")])
        #expect(translations.versions(of: kanaler)["ro"] == canale)
        #expect(translations.versions(of: faqRO)["sv"] == faqSV)
        #expect(translations.versions(of: page("sv", "solo")).keys.sorted() == ["sv"])
    }

    @Test func twoPagesOfOneLanguageWithOneKeyIsAnError() {
        #expect(throws: (any Error).self) {
            try Translations(pages: [page("sv", "a", key: "k"), page("sv", "b", key: "k")])
        }
    }
}
