import FolioHTML

extension PageRenderer {
    /// The list of pages generated from data in a section page's folder (`_index.md` beside a
    /// `[column].md` template), with each page's title and description, in row order or `sort:`:
    /// the generated pages are not in the menu one by one, so this is where readers find them.
    /// Empty for any other page, and for a section with no generated pages. Entries kept from the
    /// last build are reused where they still fit (`ListingMarkup`).
    func listing(for page: Page) -> String {
        guard page.contentPath == "_index" || page.contentPath.hasSuffix("/_index") else { return "" }
        let pages = context.listing(in: page.outputPath)
        guard !pages.isEmpty else { return "" }
        let entries =
            listings?.markup(of: pages, at: page.outputPath, linkStyle: context.linkStyle)
            ?? ListingMarkup.joined(
                pages.map { ListingMarkup.Entry($0, in: page.outputPath, linkStyle: context.linkStyle) }
            ).markup
        var writer = MarkupWriter()
        writer.raw("\n")
        writer.open("ul", [("class", "page-listing")])
        writer.raw(entries)
        writer.close("ul")
        return writer.output
    }
}
