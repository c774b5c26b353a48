/// One language's full-text index, as the files the search script loads with `<script>` elements
/// (so it works from `file://`, where `fetch` does not):
/// - `m.js`, the manifest: how many form and postings shards there are, where each document shard starts;
/// - `f<n>.js`, the site's word forms (folded as the script folds a query) with their Snowball stems,
///   by first letter; the browser never stems, it looks a query word up among the site's own forms;
/// - `p<n>.js`, each stem's postings (page, section, score, position), by a hash of the stem;
/// - `d<n>.js`, each page's address and title, and its sections' ids, headings and opening text
///   for the snippets, in runs of pages.
///
/// The number of files is bounded (`maxFormShards` + `maxPostingShards` + `maxDocumentShards` + 1)
/// whatever the site's size; hosts with a file limit and a `git push` of the site both care. A
/// stem found in more than `maxPostings` sections keeps its best-scored ones, so a query for a
/// word every page uses loads a few kilobytes, not a list of every section.
///
/// The index is kept between builds and updated in place (`update`): a section is numbered by its
/// page and its place in the page, so an edit changes only the entries of the words the edited
/// page has or had, and only the shards holding them are encoded and written again. The files
/// depend only on the pages, never on the edits that led to them (a test holds an updated index
/// to one made from scratch).
public struct SearchIndex: Sendable {
    /// A page's address (relative to the site's root folder), title and indexed body.
    public struct Page: Sendable, Equatable {
        public var href: String
        public var title: String
        public var body: SearchBody
        /// Whether the index keeps the page's words (its body's stems, forms and scores) or only
        /// its document. Without them (`folio serve`, where they were a sixth of the server's memory
        /// at 10,002 pages, heaptrack), an edit of the page says the body it had (`was`), made again
        /// by the caller from what it keeps anyway (the page's packed HTML).
        public var keepsWords: Bool
        /// The body the page had when it was last merged, for an edit of a page whose words the
        /// index does not keep (`keepsWords`); nil otherwise.
        public var was: SearchBody?

        public init(href: String, title: String, body: SearchBody, keepsWords: Bool = true, was: SearchBody? = nil) {
            self.href = href
            self.title = title
            self.body = body
            self.keepsWords = keepsWords
            self.was = was
        }

        /// Pages are equal when their addresses, titles and bodies are.
        public static func == (lhs: Page, rhs: Page) -> Bool {
            lhs.href == rhs.href && lhs.title == rhs.title && lhs.body == rhs.body
        }

        /// A page indexed here and now (tests; a build indexes bodies where it renders them).
        public init(href: String, title: String, sections: [SearchSection], language: String) {
            self.init(
                href: href, title: title,
                body: SearchBody(sections: sections, language: language, keepingWordStems: true))
        }
    }

    /// A word of the page title counts in each of its sections, above any heading or text.
    static let titleWeight: UInt64 = 100
    static let maxPostings = 1_000
    static let maxFormShards = 16
    static let maxPostingShards = 48
    static let maxDocumentShards = 80
    /// How many pages `merge` asks for at a time.
    static let mergeRun = 256
    /// Sections of a page after this many are not indexed (a section is numbered within its page).
    static let maxSectionsPerPage = 4_096
    /// The sizes shards aim at before the limits above make them larger: a query loads two form
    /// shards a word, the postings shards of its stems and a document shard for each result it
    /// shows, so those are the smallest.
    static let formShardBytes = 6_000
    static let postingShardBytes = 24_000
    static let documentShardBytes = 8_000

    let language: String
    /// The language's stems and forms (looked up once, not by a lock per page).
    let stemCache: StemCache
    /// The pages, in site order: a page's number is its place here.
    var pages: [Page] = []
    /// Each stem's number, name, postings and encoded entry (see `SearchIndex+Merge.swift`).
    /// `stemNumbers` and `forms` are arrays by the language's term number (`StemCache`), -1 and
    /// empty for a term that is no stem or form here: a page's merge looks each of its stems and
    /// forms up, millions a build, and dictionaries hashed each number with SipHash.
    var stemNumbers: [Int32] = []
    var stems: [Stem] = []
    /// Each form's stems, with how many of the pages' words and title words stand for each.
    var forms: [[FormUse]] = []
    /// Each page's document (its JSON, `document(of:)`), in place of its sections: one string a
    /// page rather than three a section (a string each was 43 of the 318 MB live in `folio serve` at
    /// 10,002 pages, heaptrack). The shards are not kept: a shard is put together from its pages'
    /// documents when it is written.
    var documents: [String] = []
    /// The documents' length in all (a native string's UTF-8 count is stored, not counted), which sets
    /// the document shards' layout.
    var documentTotal = 0
    /// The shards each kind is cut into now, and the entries or pages whose shards must be encoded again.
    var counts = ShardCounts()
    var dirty = DirtyShards()
    /// Each form's encoded entry; how many stems the postings shards' members were listed from; how
    /// many pages each document shard holds.
    var formEntryCache: [Int32: String] = [:]
    /// The encoded form entries' and stem entries' total lengths, which set how many shards each has.
    var formBytes = 0
    var postingBytes = 0
    var stemsInMembers = 0
    var documentsPerShard = 0

    /// The forms' and postings' shards and the manifest, by file name (relative to the language's
    /// index folder); document shards are encoded when asked for (`file(named:)`).
    var encoded: [String: String] = [:]
    /// Every indexed word with its stem, from bodies that kept them (the differential test).
    public internal(set) var wordStems: [String: String] = [:]

    /// Merges `pages` (in site order) into the index files.
    public init(language: String, pages: [Page]) {
        self.language = language
        stemCache = StemCache.of(language)
        _ = update(pages: pages)
    }

    /// Merges `count` pages (in site order), made a run at a time by `make` (`merge`).
    public init(language: String, count: Int, pages make: (Range<Int>) -> [Page]) {
        self.language = language
        stemCache = StemCache.of(language)
        _ = merge(count: count, pages: make)
    }

    /// How many pages the index has.
    public var pageCount: Int { pages.count }

    /// The title page `number` was indexed with.
    public func title(of number: Int) -> String? {
        pages.indices.contains(number) ? pages[number].title : nil
    }

    /// Makes the index the one of `pages`: pages whose title or body changed are taken out and put
    /// back; a different list of pages (added, removed, moved) indexes every page again. Returns
    /// the names of the files that changed, were added or are gone (no longer in `fileNames`).
    public mutating func update(pages new: [Page]) -> Set<String> {
        // Pages kept without their words would each be made again to be compared: merging every
        // page again costs less (and happens where a build renders every body anyway).
        guard new.map(\.href) == pages.map(\.href), pages.allSatisfy(\.keepsWords) else {
            return merge(count: new.count) { Array(new[$0]) }
        }
        return update(
            editing: new.enumerated().filter { !same($0.element, as: $0.offset) }.map { ($0.offset, $0.element) })
    }

    /// Makes the index the one of `count` pages merged from scratch, `make` giving them a run at a
    /// time (in site order); returns the files that changed, were added or are gone. Each run's
    /// bodies are let go once merged: `folio serve` makes them from its pages' HTML here, and
    /// every page's body made at once and let go after left a hundred megabytes of holes among
    /// what the server keeps (10,002 pages).
    public mutating func merge(count: Int, pages make: (Range<Int>) -> [Page]) -> Set<String> {
        let before = encoded
        let documentsBefore = documentShards()
        self = SearchIndex(emptyFor: language)
        pages.reserveCapacity(count)
        documents = [String](repeating: "", count: count)
        dirty.everything = true
        var start = 0
        while start < count {
            let run = make(start..<min(count, start + Self.mergeRun))
            for page in run {
                pages.append(page)
                add(page: pages.count - 1)
            }
            start += Self.mergeRun
        }
        fitPostings()
        writeFiles()
        return changedFiles(since: before).union(changedDocuments(since: documentsBefore))
    }

    /// Makes the index the one where the pages at the given numbers are as given, the others as
    /// they were: what `folio serve` knows after an edit that moved no page (the pages whose body
    /// it rendered again), without looking at the rest. A page whose words the index does not keep
    /// says the body it had (`Page.was`).
    public mutating func update(editing edits: [(number: Int, page: Page)]) -> Set<String> {
        let before = encoded
        let layout = (counts.documents, documentsPerShard)
        // The documents of the pages replaced, as they were.
        var replaced: [Int: String] = [:]
        var rewritten: Set<Int> = []
        for (number, page) in edits where pages.indices.contains(number) && !same(page, as: number) {
            let old = documents[number]
            replace(page: number, with: page)
            if replaced[number] == nil { replaced[number] = old }
        }
        writeFiles()
        for (number, old) in replaced where old != documents[number] { rewritten.insert(number) }
        var changed = changedFiles(since: before)
        if layout == (counts.documents, documentsPerShard) {
            for number in rewritten { changed.insert(Self.documentFile(number / documentsPerShard)) }
        } else {
            let current = documents
            let documentsBefore = documentShards(count: layout.0, perShard: layout.1) { replaced[$0] ?? current[$0] }
            changed.formUnion(changedDocuments(since: documentsBefore))
        }
        return changed
    }

    /// Every file's name: the encoded ones and the document shards.
    public var fileNames: [String] {
        Array(encoded.keys) + (0..<counts.documents).map(Self.documentFile)
    }

    /// The file `name`'s contents, nil when the index has no such file.
    public func file(named name: String) -> String? {
        if let text = encoded[name] { return text }
        guard name.hasPrefix("d"), name.hasSuffix(".js"), let shard = Int(name.dropFirst().dropLast(3)),
            (0..<counts.documents).contains(shard), Self.documentFile(shard) == name
        else { return nil }
        return documentShard(shard, perShard: documentsPerShard) { documents[$0] }
    }

    /// Every file, by name (tests; a build writes the changed ones, `file(named:)`).
    public var files: [String: String] {
        encoded.merging(documentShards()) { encoded, _ in encoded }
    }

    /// Whether `page` is page `number` as the index has it. A page kept without its words never
    /// is: its words are made again only where it is replaced, and a page put back as it was
    /// moves no posting and changes no file.
    func same(_ page: Page, as number: Int) -> Bool {
        let kept = pages[number]
        return kept.keepsWords && page.href == kept.href && page.title == kept.title
            && Self.kept(page).body == kept.body && document(of: page) == documents[number]
    }

    /// The encoded files that differ from `before` or are gone.
    func changedFiles(since before: [String: String]) -> Set<String> {
        var changed = Set(before.keys.filter { encoded[$0] == nil })
        for (name, text) in encoded where before[name] != text { changed.insert(name) }
        return changed
    }

    /// The document shards that differ from `before` (the same layout's or another's) or are gone.
    /// Without shards before (a new index), every shard is new: none is encoded to say so.
    func changedDocuments(since before: [String: String]) -> Set<String> {
        guard !before.isEmpty else { return Set((0..<counts.documents).map(Self.documentFile)) }
        let now = documentShards()
        var changed = Set(before.keys.filter { now[$0] == nil })
        for (name, text) in now where before[name] != text { changed.insert(name) }
        return changed
    }

    private init(emptyFor language: String) {
        self.language = language
        stemCache = StemCache.of(language)
    }
}
