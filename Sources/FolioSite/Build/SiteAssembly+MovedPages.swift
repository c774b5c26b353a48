import FolioSearch

/// Pages added to or removed from a language's full-text index kept from the last build: the
/// index numbers the pages after them again in place (`SearchIndex.update(removing:inserting:editing:)`)
/// instead of merging every page from its HTML (7.3 s at 10,002 pages for one page added).
extension SiteAssembly {
    /// What came, went and changed among a language's pages since its index was kept.
    struct PageMoves {
        /// By number in the kept index, each with the body it had there.
        var removed: [(number: Int, was: SearchBody?)] = []
        /// By number in this build's list.
        var inserted: [(number: Int, page: SearchIndex.Page)] = []
        var edited: [(number: Int, page: SearchIndex.Page)] = []
    }

    /// More pages come or gone than this are merged from scratch: each one renumbers every stem's
    /// postings after it, a pass over all of them.
    static let renumberedPagesLimit = 64

    /// The pages this build added, removed or changed (body or title) when the pages kept kept
    /// their order and addresses (`folders`: the pages the kept index numbers), and a removed
    /// page's HTML is at hand to make its words again. Nil otherwise: the index is merged again.
    func movedPages(
        language: String, pages: [Page], folders: [[String]]?, known: SearchInputs, next: BuildCache,
        kept: SearchIndex
    ) -> PageMoves? {
        guard keeping, !changes.all, let folders, folders.count == kept.pageCount else { return nil }
        let now = pages.map(\.outputPath)
        var was: [[String]: Int] = [:]
        for (number, path) in folders.enumerated() { was[path] = number }
        let listed = Set(now)
        let staying = now.filter { was[$0] != nil }
        guard was.count == folders.count, listed.count == now.count, folders.filter(listed.contains) == staying,
            folders.count + now.count - 2 * staying.count <= Self.renumberedPagesLimit
        else { return nil }
        var moves = PageMoves()
        for (number, path) in folders.enumerated() where !listed.contains(path) {
            let file = (path + ["index.html"]).joined(separator: "/")
            guard let old = changes.removedBodies[file] ?? next.bodies[file] else { return nil }
            moves.removed.append((number, SearchBody(html: old.value.rendered.html, language: language)))
        }
        var bodies: Set<[String]> = []
        for key in changes.keys { if case .renderedBody(let path) = key { bodies.insert(path) } }
        for (number, page) in pages.enumerated() {
            guard let old = was[page.outputPath] else {
                moves.inserted.append((number, indexedPage(page, language: language, known: known, next: next)))
                continue
            }
            guard kept.href(of: old) == plan.context.linkStyle.href(from: [], to: page.outputPath) else { return nil }
            if bodies.contains(page.outputPath) || kept.title(of: old) != page.frontMatter.title {
                moves.edited.append((number, editedPage(page, language: language, known: known, next: next)))
            }
        }
        return moves
    }
}
