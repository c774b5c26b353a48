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

    fileprivate struct Listing: Sendable {
        var linkStyle: LinkStyle
        var entries: [Entry]
        /// The entries' markup joined, as the listing shows it.
        var markup: String
        /// Where each entry's markup ends in `markup`, in UTF-8 bytes.
        var ends: [Int]

        init(linkStyle: LinkStyle) {
            self.linkStyle = linkStyle
            entries = []
            markup = ""
            ends = []
        }
    }

    /// By the listing page's folder.
    private let kept = Mutex<[[String]: Listing]>([:])

    init() {}

    /// The entries' markup of `pages` listed at `folder`, joined: kept entries where they still show
    /// their page at the same place, made again elsewhere; kept for the next build in turn. The kept
    /// listing is changed in place, and when only some entries changed at the same places their
    /// markup is put in place of the old in the joined text: joining 10,000 entries again for a
    /// one-row edit was a seventh of its time (perf, bench/pages-from-data).
    func markup(of pages: [Page], at folder: [String], linkStyle: LinkStyle) -> String {
        var listing =
            kept.withLock { $0.removeValue(forKey: folder) }.flatMap { $0.linkStyle == linkStyle ? $0 : nil }
            ?? Listing(linkStyle: linkStyle)
        var moved = listing.entries.count != pages.count
        if listing.entries.count > pages.count { listing.entries.removeLast(listing.entries.count - pages.count) }
        var changed: [Int] = []
        // Each page and entry is looked at in place: copied out, 10,000 pages' references were
        // retained and released for every listing a row edit makes again.
        for position in pages.indices {
            if position == listing.entries.count {
                listing.entries.append(Entry(pages[position], in: folder, linkStyle: linkStyle))
            } else if !listing.entries[position].shows(pages[position]) {
                listing.entries[position] = Entry(pages[position], in: folder, linkStyle: linkStyle)
                changed.append(position)
            }
        }
        // Rewriting every entry costs about what joining them all again does.
        if changed.count > listing.entries.count / 8 { moved = true }
        if moved {
            (listing.markup, listing.ends) = Self.joined(listing.entries)
        } else if !changed.isEmpty {
            listing.splice(changed)
        }
        let markup = listing.markup
        kept.withLock { $0[folder] = listing }
        return markup
    }

    /// The entries' markup, one after the other, and where each ends.
    static func joined(_ entries: [Entry]) -> (markup: String, ends: [Int]) {
        var ends: [Int] = []
        ends.reserveCapacity(entries.count)
        var length = 0
        for entry in entries {
            length += entry.markup.utf8.count
            ends.append(length)
        }
        var markup = ""
        markup.reserveCapacity(length)
        for entry in entries { markup += entry.markup }
        return (markup, ends)
    }
}

extension ListingMarkup.Listing {
    /// Puts the markup of the entries at `changed` (ascending places; the other entries as they
    /// were) in place of their old markup in `markup`, and moves the ends after them.
    fileprivate mutating func splice(_ changed: [Int]) {
        let old = markup.utf8
        var spliced = ""
        spliced.reserveCapacity(old.count + 64 * changed.count)
        var copied = 0
        for position in changed {
            let start = position == 0 ? 0 : ends[position - 1]
            spliced.append(
                contentsOf: Substring(
                    old[old.index(old.startIndex, offsetBy: copied)..<old.index(old.startIndex, offsetBy: start)]))
            spliced += entries[position].markup
            copied = ends[position]
        }
        spliced.append(contentsOf: Substring(old[old.index(old.startIndex, offsetBy: copied)...]))
        var shift = 0
        var next = 0
        for position in changed.first.map({ $0..<ends.count }) ?? 0..<0 {
            if next < changed.count, changed[next] == position {
                let start = position == 0 ? 0 : ends[position - 1] - shift
                shift += entries[position].markup.utf8.count - (ends[position] - start)
                next += 1
            }
            ends[position] += shift
        }
        markup = spliced
    }
}
