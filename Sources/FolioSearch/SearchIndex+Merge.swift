/// Taking a page out of the index and putting it in: its postings in each of its stems' lists,
/// its forms' counts and its document. Both walk the same contributions (`contributions`), so a
/// page taken out leaves the index as if it had never been merged.
extension SearchIndex {
    /// A stem a form stands for, and how many words and title words of the pages it stands for.
    struct FormUse: Sendable {
        var stem: Int32
        var uses: Int32
    }

    /// One stem: its name, its postings (`page << 28 | section << 16 | position << 8 | score`, in
    /// page and section order, kept as steps: `PostingList`) and its encoded entry for a postings
    /// shard, nil until encoded again.
    struct Stem: Sendable {
        var name: String
        var postings = PostingList()
        var entry: String?
        /// The length of the entry last encoded (kept while `entry` waits to be encoded again).
        var entryLength = 0
        /// The lowest score `capped` kept when the entry was encoded, 0 when it kept every posting:
        /// postings scored below it can come and go without changing the entry.
        var capScore: UInt64 = 0

        init(name: String) {
            self.name = name
        }
    }

    /// What a page adds to the index, by stem: `stems` are the page's stems (its body's, then those
    /// only its title has); the postings of `stems[i]` are `run(i)`, a section each (a title word
    /// counts in every section, `titleWeight` above any heading or text), in section order; `forms`
    /// its word forms with the number of their stem in `stems`. The runs share one array: a page
    /// has hundreds of stems, and an array each was most of the merge's allocations.
    struct Contributions {
        var stems: [Int32]
        var postings: [UInt64] = []
        var starts: [Int] = []
        var forms: [(form: Int32, stem: Int)] = []

        func run(_ local: Int) -> ArraySlice<UInt64> {
            postings[starts[local]..<starts[local + 1]]
        }
    }

    func contributions(of page: Page, number: Int) -> Contributions {
        let body = page.body
        var made = Contributions(stems: body.stems)
        var title: [Int] = []
        let titleWords = SearchWords.words(in: page.title, language: language)
        for entry in stemCache.entries(titleWords) {
            let local = made.stems.firstIndex(of: entry.stem) ?? made.stems.count
            if local == made.stems.count { made.stems.append(entry.stem) }
            if !title.contains(local) { title.append(local) }
            made.forms.append((entry.folded, local))
        }
        made.forms.reserveCapacity(made.forms.count + body.forms.count)
        for form in body.forms { made.forms.append((form.form, Int(form.stem))) }
        // Each posting goes in its stem's run: counted first, then put in place (a counting sort
        // keeps each stem's postings in section order, without a list of them all in between).
        var counts = [Int](repeating: 0, count: made.stems.count + 1)
        forEachPosting(of: body, number: number, title: title, stems: made.stems.count) { local, _ in
            counts[local + 1] += 1
        }
        for local in made.stems.indices { counts[local + 1] += counts[local] }
        made.starts = counts
        var next = counts
        let stems = made.stems.count
        made.postings = [UInt64](repeating: 0, count: counts[stems])
        made.postings.withUnsafeMutableBufferPointer { postings in
            forEachPosting(of: body, number: number, title: title, stems: stems) { local, posting in
                postings[next[local]] = posting
                next[local] += 1
            }
        }
        return made
    }

    /// Calls `visit` with each posting of page `number`'s body and its stem's place among the
    /// page's `stems`, in section order: a title word (`title`) counts in every section,
    /// `titleWeight` above any heading or text.
    private func forEachPosting(
        of body: SearchBody, number: Int, title: [Int], stems: Int, _ visit: (Int, UInt64) -> Void
    ) {
        var isTitle = [Bool](repeating: false, count: stems)
        for local in title { isTitle[local] = true }
        var inSection = [Bool](repeating: false, count: stems)
        let base = UInt64(number) << 28
        for section in 0..<min(body.sectionScores.count, Self.maxSectionsPerPage) {
            let at = base | UInt64(section) << 16
            body.sectionScores.forEach(inSection: section) { packed in
                let local = Int(packed >> 16)
                let titled = isTitle[local]
                inSection[local] = titled
                visit(local, at | (packed & 0xff00) | (packed & 0xff) + (titled ? Self.titleWeight : 0))
            }
            for local in title {
                if inSection[local] {
                    inSection[local] = false
                } else {
                    visit(local, at | Self.titleWeight)
                }
            }
        }
    }

    /// Puts page `number` (already in `pages`) in. Pages added in order (a build from scratch)
    /// append to each list; an edited page's run goes where its page number says.
    mutating func add(page number: Int) {
        let page = pages[number]
        let made = contributions(of: page, number: number)
        let ids = made.stems.map { id(of: $0) }
        for (local, id) in ids.enumerated() where !made.run(local).isEmpty {
            let run = made.run(local)
            if let first = run.first, stems[Int(id)].postings.last > first {
                stems[Int(id)].postings.replace(page: first >> 28, count: 0, with: run)
            } else {
                stems[Int(id)].postings.append(contentsOf: run)
            }
            changed(stem: id, by: run)
        }
        for (form, local) in made.forms { count(form: form, stem: ids[local], by: 1) }
        documents[number] = document(of: page)
        documentTotal += documents[number].utf8.count
        dirty.pages.insert(number)
        if let words = page.body.wordStems { wordStems.merge(words) { first, _ in first } }
        pages[number] = Self.kept(page)
    }

    /// `page` as the index keeps it: without its body's sections (its document is kept, `documents`)
    /// nor, unless it keeps its words, the rest of its body.
    static func kept(_ page: Page) -> Page {
        var page = page
        page.body = page.keepsWords ? page.body.withoutSections : SearchBody.nothing
        page.was = nil
        return page
    }

    /// Page `number` as it was merged, with its words: kept, or as `was` says.
    func merged(_ number: Int, was: SearchBody?) -> Page {
        var page = pages[number]
        if let was { page.body = was }
        return page
    }

    /// Each stem's postings made to measure: a build from scratch appends them page by page, and
    /// an array grown by doubling keeps up to twice its room (`folio serve` keeps the index).
    mutating func fitPostings() {
        for id in stems.indices { stems[id].postings.fit() }
    }

    /// Form `form` stands for stem `id` `uses` more times (fewer, when negative); it has no entry
    /// once it stands for no stem.
    mutating func count(form: Int32, stem id: Int32, by uses: Int32) {
        let at = Int(form)
        if at >= forms.count { forms.append(contentsOf: repeatElement([], count: at + 1 - forms.count)) }
        if let use = forms[at].firstIndex(where: { $0.stem == id }) {
            forms[at][use].uses += uses
            if forms[at][use].uses <= 0 { forms[at].remove(at: use) }
        } else if uses > 0 {
            forms[at].append(FormUse(stem: id, uses: uses))
        }
        if !dirty.everything { dirty.forms.insert(form) }
    }

    /// The index's number of the stem whose term number is `term`, given one if it is new.
    mutating func id(of term: Int32) -> Int32 {
        let at = Int(term)
        if at < stemNumbers.count, stemNumbers[at] >= 0 { return stemNumbers[at] }
        let id = Int32(stems.count)
        if at >= stemNumbers.count {
            stemNumbers.append(contentsOf: repeatElement(-1, count: at + 1 - stemNumbers.count))
        }
        stemNumbers[at] = id
        stems.append(Stem(name: stemCache.name(term)))
        return id
    }

    /// Marks stem `id`'s entry for encoding again, unless the postings `run` that came or went
    /// were all below what its cap keeps (a page's use of a word hundreds of pages use as much).
    /// The stem is read in place, not copied (a copy retained and released its name, postings and
    /// entry, for each stem of each page merged).
    mutating func changed(stem id: Int32, by run: ArraySlice<UInt64>) {
        let at = Int(id)
        if stems[at].entry != nil, stems[at].postings.count > Self.maxPostings {
            let capScore = stems[at].capScore
            if run.allSatisfy({ $0 & 0xff < capScore }) { return }
        }
        stems[Int(id)].entry = nil
        if !dirty.everything { dirty.stems.insert(id) }
    }

    /// The sections a page's document lists: its indexed ones, or one empty section for a page
    /// found only by its title.
    static func documentSections(of page: Page) -> ArraySlice<SearchSection> {
        let sections = page.body.sections.isEmpty ? [SearchSection(id: nil, heading: "", text: "")] : page.body.sections
        return sections.prefix(maxSectionsPerPage)
    }

    /// A page's document: `[address, title, [[section id, heading, opening text], …]]`.
    func document(of page: Page) -> String {
        var out = "["
        SearchJSON.string(page.href, into: &out)
        out.append(",")
        SearchJSON.string(page.title, into: &out)
        out.append(",[")
        for (number, section) in Self.documentSections(of: page).enumerated() {
            if number > 0 { out.append(",") }
            out.append("[")
            SearchJSON.string(section.id ?? "", into: &out)
            out.append(",")
            SearchJSON.string(section.heading, into: &out)
            out.append(",")
            SearchJSON.string(section.text, into: &out)
            out.append("]")
        }
        out.append("]]")
        // Kept for every page: a copy of exactly its length, not one grown by doubling.
        return String(unsafeUninitializedCapacity: out.utf8.count) { copy in
            out.withUTF8 { copy.initialize(fromContentsOf: $0) }
        }
    }
}
