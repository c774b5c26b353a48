import FolioHTML

extension PageRenderer {
    /// The list of pages generated from data in a section page's folder (`_index.md` beside a
    /// `[column].md` template), with each page's title and description, in row order or `sort:`:
    /// the generated pages are not in the menu one by one, so this is where readers find them.
    /// Empty for any other page, and for a section with no generated pages.
    func listing(for page: Page) -> String {
        guard page.contentPath == "_index" || page.contentPath.hasSuffix("/_index") else { return "" }
        let pages = context.listing(in: page.outputPath)
        guard !pages.isEmpty else { return "" }
        var writer = MarkupWriter()
        writer.raw("\n")
        writer.open("ul", [("class", "page-listing")])
        for target in pages {
            writer.open("li")
            writer.element(
                "a", [("href", context.linkStyle.href(from: page.outputPath, to: target.outputPath))],
                text: target.frontMatter.title)
            if let description = target.frontMatter.description {
                writer.element("p", [("class", "page-listing__description")], text: description)
            }
            writer.close("li")
        }
        writer.close("ul")
        return writer.output
    }
}
