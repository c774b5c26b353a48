import FolioHTML
import Synchronization

/// The markup of each section page's listing entries (`PageRenderer.listing`), kept from build to
/// build by `folio serve`: a row edit of 10,000 pages from data changes one entry of its folder's
/// listing, and escaping and linking the other 9,999 again was a tenth of the edit's time
/// (bench/pages-from-data, 10,000 rows). An entry is reused only where the listing has a page
/// with the same folder, title and description at its place, made with the same link style.
final class ListingMarkup: Sendable {
    /// One listed page's `<li>`, with what it shows.
    struct Entry: Sendable, Equatable {
        var folder: [String]
        var title: String
        var description: String?
        var markup: String

        /// The entry of `target` in the listing at `listing`.
        init(_ target: Page, in listing: [String], linkStyle: LinkStyle) {
            folder = target.outputPath
            title = target.frontMatter.title
            description = target.frontMatter.description
            var writer = MarkupWriter()
            writer.open("li")
            writer.element("a", [("href", linkStyle.href(from: listing, to: target.outputPath))], text: title)
            if let description {
                writer.element("p", [("class", "page-listing__description")], text: description)
            }
            writer.close("li")
            markup = writer.output
        }

        /// Whether this entry is what `target` shows now.
        func shows(_ target: Page) -> Bool {
            folder == target.outputPath && title == target.frontMatter.title
                && description == target.frontMatter.description
        }
    }

    private struct Listing: Sendable {
        var linkStyle: LinkStyle
        var entries: [Entry]
    }

    /// By the listing page's folder.
    private let kept = Mutex<[[String]: Listing]>([:])

    init() {}

    /// The entries of `pages` listed at `folder`: kept ones where they still show their page at the
    /// same place, made again elsewhere; kept for the next build in turn.
    func entries(of pages: [Page], at folder: [String], linkStyle: LinkStyle) -> [Entry] {
        let last = kept.withLock { $0[folder] }.flatMap { $0.linkStyle == linkStyle ? $0.entries : nil } ?? []
        // Each page is looked at in place: copied out, 10,000 pages' references were retained and
        // released for every listing a row edit makes again.
        let entries = pages.indices.map { position in
            if position < last.count, last[position].shows(pages[position]) { return last[position] }
            return Entry(pages[position], in: folder, linkStyle: linkStyle)
        }
        kept.withLock { $0[folder] = Listing(linkStyle: linkStyle, entries: entries) }
        return entries
    }
}
