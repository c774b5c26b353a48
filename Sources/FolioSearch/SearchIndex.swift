/// One language's full-text index, as the files the search script loads with `<script>` elements
/// (so it works from `file://`, where `fetch` does not):
/// - `m.js`, the manifest: how many form and postings shards there are, where each document shard starts;
/// - `f<n>.js`, the site's word forms (folded as the script folds a query) with their Snowball stems,
///   by first letter; the browser never stems, it looks a query word up among the site's own forms;
/// - `p<n>.js`, each stem's postings (section, score), by a hash of the stem;
/// - `d<n>.js`, each section's address, titles and opening text for the snippets, in runs of sections.
///
/// The number of files is bounded (`maxFormShards` + `maxPostingShards` + `maxDocumentShards` + 1)
/// whatever the site's size; hosts with a file limit and a `git push` of the site both care. A
/// stem found in more than `maxPostings` sections keeps its best-scored ones, so a query for a
/// word every page uses loads a few kilobytes, not a list of every section.
public struct SearchIndex: Sendable {
    /// A page's address (relative to the site's root folder), title and indexed body.
    public struct Page: Sendable {
        public var href: String
        public var title: String
        public var body: SearchBody

        public init(href: String, title: String, body: SearchBody) {
            self.href = href
            self.title = title
            self.body = body
        }

        /// A page indexed here and now (tests; a build indexes bodies where it renders them).
        public init(href: String, title: String, sections: [SearchSection], language: String) {
            self.init(
                href: href, title: title,
                body: SearchBody(sections: sections, language: language, keepingWordStems: true))
        }
    }

    /// A word of the page title counts in each of its sections, above any heading or text.
    static let titleWeight: UInt32 = 100
    static let maxPostings = 1_000
    static let maxFormShards = 16
    static let maxPostingShards = 48
    static let maxDocumentShards = 80
    /// The size a shard aims at before the limits above make shards larger: a query loads a
    /// document shard for each result it shows, so those are smaller.
    static let shardBytes = 24_000
    static let documentShardBytes = 8_000

    /// File name (relative to the language's index folder) → contents.
    public var files: [String: String] = [:]
    /// Every indexed word with its stem, from bodies that kept them (the differential test).
    public var stems: [String: String] = [:]

    /// Merges `pages` (in site order) into the index files.
    public init(language: String, pages: [Page]) {
        var merged = Merge(language: language)
        for page in pages {
            merged.add(page)
            if let words = page.body.wordStems { stems.merge(words) { first, _ in first } }
        }
        files = merged.files()
    }
}

/// The merge of pages into global stems, forms, postings and documents.
struct Merge {
    let language: String
    let stemmer: SnowballStemmer?
    var stemID: [String: Int32] = [:]
    var stemNames: [String] = []
    /// Per stem: `section << 8 | score`, sections ascending.
    var postings: [[UInt64]] = []
    var forms: [String: [Int32]] = [:]
    var titleWords: [String: Int32] = [:]
    /// Per section, in order: its document as a JSON array.
    var documents: [String] = []
    var sections = 0

    init(language: String) {
        self.language = language
        stemmer = SnowballStemmer(language: language)
    }

    mutating func id(of stem: String) -> Int32 {
        if let id = stemID[stem] { return id }
        let id = Int32(stemNames.count)
        stemID[stem] = id
        stemNames.append(stem)
        postings.append([])
        return id
    }

    mutating func addForm(_ form: String, stem: Int32) {
        if let known = forms[form] {
            if !known.contains(stem) { forms[form]?.append(stem) }
        } else {
            forms[form] = [stem]
        }
    }

    /// The title's stems (global numbers), each once; its words become forms too.
    mutating func titleStems(_ title: String) -> [Int32] {
        var ids: [Int32] = []
        for word in SearchWords.words(in: title, language: language) {
            let id: Int32
            if let known = titleWords[word] {
                id = known
            } else {
                id = self.id(of: stemmer?.stem(word) ?? word)
                titleWords[word] = id
                addForm(SearchWords.folded(word, language: language), stem: id)
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    mutating func add(_ page: SearchIndex.Page) {
        let local = page.body.stems.map { id(of: $0) }
        for form in page.body.forms { addForm(form.form, stem: local[Int(form.stem)]) }
        let title = titleStems(page.title)
        for (number, scores) in page.body.scores.enumerated() {
            let section = UInt64(sections)
            sections += 1
            var titled = title
            for packed in scores {
                let id = local[Int(packed >> 8)]
                var score = UInt64(packed & 0xff)
                if let at = titled.firstIndex(of: id) {
                    score += UInt64(SearchIndex.titleWeight)
                    titled.remove(at: at)
                }
                postings[Int(id)].append(section << 8 | score)
            }
            for id in titled { postings[Int(id)].append(section << 8 | UInt64(SearchIndex.titleWeight)) }
            let text =
                number < page.body.sections.count
                ? page.body.sections[number]
                : SearchSection(
                    id: nil, heading: "", text: "")
            var document = "["
            SearchJSON.string(page.href + (text.id.map { "#" + $0 } ?? ""), into: &document)
            document.append(",")
            SearchJSON.string(page.title, into: &document)
            document.append(",")
            SearchJSON.string(text.heading, into: &document)
            document.append(",")
            SearchJSON.string(text.text, into: &document)
            document.append("]")
            documents.append(document)
        }
    }
}
