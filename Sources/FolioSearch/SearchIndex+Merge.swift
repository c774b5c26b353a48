/// Taking a page out of the index and putting it in: its postings in each of its stems' lists,
/// its forms' counts and its document. Both walk the same contributions (`contributions`), so a
/// page taken out leaves the index as if it had never been merged.
extension SearchIndex {
    /// One stem: its name, its postings (`page << 28 | section << 16 | position << 8 | score`, in
    /// page and section order) and its encoded entry for a postings shard, nil until encoded again.
    struct Stem: Sendable {
        var name: String
        var postings: [UInt64] = []
        var entry: String?

        init(name: String) {
            self.name = name
        }
    }

    /// What a page adds to the index: a posting for each of its sections' stems (a title word
    /// counts in every section, `titleWeight` above any heading or text) and its word forms.
    struct Contributions {
        var postings: [(stem: String, posting: UInt64)] = []
        var forms: [(form: String, stem: String)] = []
    }

    func contributions(of page: Page, number: Int) -> Contributions {
        var made = Contributions()
        var titleStems: [String] = []
        let cache = StemCache.of(language)
        let titleWords = SearchWords.words(in: page.title, language: language)
        for entry in cache.entries(titleWords) {
            if !titleStems.contains(entry.stem) { titleStems.append(entry.stem) }
            made.forms.append((entry.folded, entry.stem))
        }
        for form in page.body.forms { made.forms.append((form.form, page.body.stems[Int(form.stem)])) }
        let base = UInt64(number) << 28
        for (section, scores) in page.body.scores.prefix(Self.maxSectionsPerPage).enumerated() {
            let at = base | UInt64(section) << 16
            var titled = titleStems
            for packed in scores {
                let stem = page.body.stems[Int(packed >> 16)]
                var score = packed & 0xff
                if let found = titled.firstIndex(of: stem) {
                    score += Self.titleWeight
                    titled.remove(at: found)
                }
                made.postings.append((stem, at | (packed & 0xff00) | score))
            }
            for stem in titled { made.postings.append((stem, at | Self.titleWeight)) }
        }
        return made
    }

    /// Takes page `number`'s postings and forms out.
    mutating func remove(page number: Int) {
        let made = contributions(of: pages[number], number: number)
        let low = UInt64(number) << 28
        let high = UInt64(number + 1) << 28
        var done = Set<Int32>()
        for (stem, _) in made.postings {
            guard let id = stemNumbers[stem], done.insert(id).inserted else { continue }
            let postings = stems[Int(id)].postings
            let from = Self.firstIndex(in: postings, notBelow: low)
            let to = Self.firstIndex(in: postings, notBelow: high)
            stems[Int(id)].postings.removeSubrange(from..<to)
            changed(stem: id)
        }
        for (form, stem) in made.forms {
            guard let id = stemNumbers[stem], let uses = forms[form]?[id] else { continue }
            forms[form]?[id] = uses > 1 ? uses - 1 : nil
            if forms[form]?.isEmpty == true { forms[form] = nil }
            dirty.forms.insert(form)
        }
        dirty.pages.insert(number)
    }

    /// Puts page `number` (already in `pages`) in.
    mutating func add(page number: Int) {
        let page = pages[number]
        let made = contributions(of: page, number: number)
        var added: [Int32: [UInt64]] = [:]
        for (stem, posting) in made.postings { added[id(of: stem), default: []].append(posting) }
        for (id, postings) in added {
            let sorted = postings.sorted()
            let at = Self.firstIndex(in: stems[Int(id)].postings, notBelow: sorted[0])
            stems[Int(id)].postings.insert(contentsOf: sorted, at: at)
            changed(stem: id)
        }
        for (form, stem) in made.forms {
            forms[form, default: [:]][id(of: stem), default: 0] += 1
            dirty.forms.insert(form)
        }
        documents[number] = document(of: page)
        dirty.pages.insert(number)
        if let words = page.body.wordStems { wordStems.merge(words) { first, _ in first } }
    }

    private mutating func id(of stem: String) -> Int32 {
        if let id = stemNumbers[stem] { return id }
        let id = Int32(stems.count)
        stemNumbers[stem] = id
        stems.append(Stem(name: stem))
        return id
    }

    private mutating func changed(stem id: Int32) {
        stems[Int(id)].entry = nil
        dirty.stems.insert(id)
    }

    /// The first place in `postings` (sorted) whose value is not below `value`.
    static func firstIndex(in postings: [UInt64], notBelow value: UInt64) -> Int {
        var low = 0
        var high = postings.count
        while low < high {
            let middle = (low + high) / 2
            if postings[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// A page's document: `[address, title, [[section id, heading, opening text], …]]`.
    func document(of page: Page) -> String {
        var out = "["
        SearchJSON.string(page.href, into: &out)
        out.append(",")
        SearchJSON.string(page.title, into: &out)
        out.append(",[")
        let sections =
            page.body.sections.isEmpty ? [SearchSection(id: nil, heading: "", text: "")] : page.body.sections
        for (number, section) in sections.prefix(Self.maxSectionsPerPage).enumerated() {
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
        return out
    }
}
