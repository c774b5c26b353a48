/// Pages come and go without merging the others again: the pages after one removed or inserted
/// are numbered again in place. A stem's postings are steps from one to the next (`PostingList`),
/// so moving every later page by one writes one posting again a stem; only the page taken out has
/// its words made again (from the HTML it had, as an edit does), and only the page put in is merged.
extension SearchIndex {
    /// Makes the index the one where the pages `removed` (their numbers in the index as it is, each
    /// with the body it had when merged, `Page.was`: nil when the index keeps its words) are gone,
    /// `inserted` put in (their numbers in the new list) and `edits` put in place of the pages at
    /// their numbers (in the new list). The pages not removed keep their order. Returns the files
    /// that changed, were added or are gone.
    public mutating func update(
        removing removed: [(number: Int, was: SearchBody?)], inserting inserted: [(number: Int, page: Page)],
        editing edits: [(number: Int, page: Page)]
    ) -> Set<String> {
        let before = encoded
        // A shard's text is its documents' (and its number's): compared as lists, not encoded.
        let documentsBefore = documents
        let layout = (count: counts.documents, perShard: documentsPerShard)
        for (number, was) in removed.sorted(by: { $0.number > $1.number }) where pages.indices.contains(number) {
            remove(page: number, was: was)
        }
        for (number, page) in inserted.sorted(by: { $0.number < $1.number }) {
            insert(page, at: min(number, pages.count))
        }
        for (number, page) in edits where pages.indices.contains(number) && !same(page, as: number) {
            replace(page: number, with: page)
        }
        writeFiles()
        return changedFiles(since: before).union(changedDocuments(from: documentsBefore, layout: layout))
    }

    /// The document shards whose documents differ from those `old` laid out as `layout` had, or
    /// that are new or gone.
    private func changedDocuments(from old: [String], layout: (count: Int, perShard: Int)) -> Set<String> {
        func documents(_ list: [String], shard: Int, perShard: Int) -> ArraySlice<String> {
            list[min(list.count, shard * perShard)..<min(list.count, (shard + 1) * perShard)]
        }
        var changed: Set<String> = []
        for shard in 0..<max(layout.count, counts.documents) {
            guard shard < layout.count, shard < counts.documents,
                documents(old, shard: shard, perShard: layout.perShard)
                    .elementsEqual(documents(self.documents, shard: shard, perShard: documentsPerShard))
            else {
                changed.insert(Self.documentFile(shard))
                continue
            }
        }
        return changed
    }

    /// Takes page `number` out, its words made from `was` (or kept), and moves the later pages down.
    mutating func remove(page number: Int, was: SearchBody?) {
        let old = contributions(of: merged(number, was: was), number: number)
        for (form, local) in old.forms { count(form: form, stem: id(of: old.stems[local]), by: -1) }
        let page = UInt64(number)
        for id in stems.indices where !stems[id].postings.isEmpty && stems[id].postings.last >> 28 >= page {
            stems[id].postings.remove(page: page)
            renumbered(stem: id)
        }
        documentTotal -= documents[number].utf8.count
        pages.remove(at: number)
        documents.remove(at: number)
    }

    /// Puts `page` in at `number`, moving the pages from there on up.
    mutating func insert(_ page: Page, at number: Int) {
        let made = contributions(of: page, number: number)
        let ids = made.stems.map { id(of: $0) }
        var runs: [Int32: ArraySlice<UInt64>] = [:]
        for (local, id) in ids.enumerated() where !made.run(local).isEmpty { runs[id] = made.run(local) }
        let first = UInt64(number)
        for id in stems.indices {
            let run = runs[Int32(id)] ?? []
            let moves = !stems[id].postings.isEmpty && stems[id].postings.last >> 28 >= first
            guard moves || !run.isEmpty else { continue }
            stems[id].postings.insert(page: first, run: run)
            renumbered(stem: id)
        }
        for (form, local) in made.forms { count(form: form, stem: ids[local], by: 1) }
        let document = document(of: page)
        pages.insert(Self.kept(page), at: number)
        documents.insert(document, at: number)
        documentTotal += document.utf8.count
        if let words = page.body.wordStems { wordStems.merge(words) { first, _ in first } }
    }

    /// Stem `id`'s entry is encoded again: its pages' numbers moved.
    private mutating func renumbered(stem id: Int) {
        stems[id].entry = nil
        if !dirty.everything { dirty.stems.insert(Int32(id)) }
    }

    /// The address page `number` was indexed with.
    public func href(of number: Int) -> String? {
        pages.indices.contains(number) ? pages[number].href : nil
    }
}
