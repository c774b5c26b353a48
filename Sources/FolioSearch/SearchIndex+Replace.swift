/// An edited page put in place of the one it was: only what differs moves. A save changes a
/// sentence or two, so most of a page's stems keep the same postings (a posting is the section,
/// the stem's first position there and its score) and most of its forms the same counts; taking
/// the whole page out and putting it back marked every stem and form of it for encoding again,
/// and the entries of the words every page uses are thousands of postings long.
extension SearchIndex {
    mutating func replace(page number: Int, with page: Page) {
        let old = contributions(of: merged(number, was: page.was), number: number)
        documentTotal -= documents[number].utf8.count
        pages[number] = Self.kept(page)
        let new = contributions(of: page, number: number)
        var gone: [Int32: Int] = [:]
        for (local, term) in old.stems.enumerated() where !old.run(local).isEmpty { gone[term] = local }
        for (local, term) in new.stems.enumerated() {
            let run = new.run(local)
            let previous = gone.removeValue(forKey: term).map { old.run($0) } ?? []
            guard !previous.elementsEqual(run) else { continue }
            move(stem: id(of: term), from: previous, to: run, page: number)
        }
        for (term, local) in gone { move(stem: id(of: term), from: old.run(local), to: [], page: number) }
        for (pair, uses) in Self.formUses(new, less: old) where uses != 0 {
            count(form: pair.form, stem: id(of: pair.stem), by: uses)
        }
        documents[number] = document(of: page)
        documentTotal += documents[number].utf8.count
        dirty.pages.insert(number)
    }

    /// Stem `id`'s postings of one page: `previous` out, `run` in (both of page `page`, sorted).
    private mutating func move(stem id: Int32, from previous: ArraySlice<UInt64>, to run: ArraySlice<UInt64>, page: Int)
    {
        stems[Int(id)].postings.replace(page: UInt64(page), count: previous.count, with: run)
        changed(stem: id, by: previous)
        changed(stem: id, by: run)
    }

    /// How many more times each (form, stem term) pair is among `made`'s forms than among `less`'s.
    private static func formUses(_ made: Contributions, less: Contributions) -> [Pair: Int32] {
        var uses: [Pair: Int32] = [:]
        for (form, local) in made.forms { uses[Pair(form: form, stem: made.stems[local]), default: 0] += 1 }
        for (form, local) in less.forms { uses[Pair(form: form, stem: less.stems[local]), default: 0] -= 1 }
        return uses
    }

    private struct Pair: Hashable {
        var form: Int32
        var stem: Int32
    }
}
