import Foundation

/// One language's full-text index, as the files the search script loads with `<script>` elements
/// (so it works from `file://`, where `fetch` does not): term shards by first letter, each holding
/// the site's word forms with their Snowball stems and the stems' postings, and document shards
/// with each section's address, titles and opening text for the snippets. The browser never
/// stems: a query word is looked up among the forms the site itself uses.
public struct SearchIndex: Sendable {
    /// A page's address (relative to the site's root folder), title and sections.
    public struct Page: Sendable {
        public var href: String
        public var title: String
        public var sections: [SearchSection]

        public init(href: String, title: String, sections: [SearchSection]) {
            self.href = href
            self.title = title
            self.sections = sections
        }
    }

    /// Ranking weights: a word in the page title counts most, then in the section's heading, then
    /// in its text (each occurrence, up to `textCap`).
    static let titleWeight = 100
    static let headingWeight = 20
    static let textCap = 10
    /// Sections per document shard, and the text kept of each for its snippet.
    static let documentsPerShard = 100
    static let snippetLength = 600

    /// File name (relative to the language's index folder) → contents.
    public var files: [String: String] = [:]
    /// Every indexed word with its stem, for the differential test against libstemmer.
    public var stems: [String: String] = [:]

    /// Indexes `pages`, stemming with libstemmer's algorithm for `language` (words as they are
    /// when it has none).
    public init(language: String, pages: [Page]) {
        let stemmer = SnowballStemmer(language: language)
        var postings: [String: [Int: Int]] = [:]
        var forms: [String: Set<String>] = [:]
        var documents: [[String]] = []
        var stemOf: [String: String] = [:]
        for page in pages {
            let titleWords = SearchWords.words(in: page.title, language: language)
            for section in page.sections {
                let id = documents.count
                documents.append([
                    page.href + (section.id.map { "#" + $0 } ?? ""), page.title, section.heading,
                    String(section.text.prefix(Self.snippetLength)),
                ])
                var scores: [String: Int] = [:]
                func add(_ words: [String], weight: Int, cap: Int) {
                    var field: [String: Int] = [:]
                    for word in words {
                        let stem = stemOf[word] ?? stemmer?.stem(word) ?? word
                        stemOf[word] = stem
                        forms[SearchWords.folded(word, language: language), default: []].insert(stem)
                        field[stem] = min((field[stem] ?? 0) + weight, cap)
                    }
                    for (stem, score) in field { scores[stem, default: 0] += score }
                }
                add(titleWords, weight: Self.titleWeight, cap: Self.titleWeight)
                add(
                    SearchWords.words(in: section.heading, language: language), weight: Self.headingWeight,
                    cap: Self.headingWeight)
                add(SearchWords.words(in: section.text, language: language), weight: 1, cap: Self.textCap)
                for (stem, score) in scores { postings[stem, default: [:]][id] = score }
            }
        }
        stems = stemOf
        files = Self.termShards(language: language, forms: forms, postings: postings)
        for start in stride(from: 0, to: documents.count, by: Self.documentsPerShard) {
            let shard = start / Self.documentsPerShard
            let slice = Array(documents[start..<min(documents.count, start + Self.documentsPerShard)])
            files["d\(shard).js"] = "folioSearch.docs(\(Self.json(language)),\(shard),\(Self.json(slice)));\n"
        }
    }

    /// The term shards: each form under its first letter, each stem's postings under the stem's.
    private static func termShards(language: String, forms: [String: Set<String>], postings: [String: [Int: Int]])
        -> [String: String]
    {
        var shardForms: [String: [String: [String]]] = [:]
        var shardPostings: [String: [String: [Int]]] = [:]
        for (form, stems) in forms { shardForms[SearchWords.shardKey(of: form), default: [:]][form] = stems.sorted() }
        for (stem, documents) in postings {
            let key = SearchWords.shardKey(of: SearchWords.folded(stem, language: language))
            shardPostings[key, default: [:]][stem] = documents.keys.sorted().flatMap { [$0, documents[$0] ?? 0] }
        }
        var files: [String: String] = [:]
        for key in Set(shardForms.keys).union(shardPostings.keys) {
            let body = "{\"f\":\(json(shardForms[key] ?? [:])),\"p\":\(json(shardPostings[key] ?? [:]))}"
            files["t-\(key).js"] = "folioSearch.terms(\(json(language)),\(json(key)),\(body));\n"
        }
        return files
    }

    /// Compact, sorted JSON (so equal indexes are equal bytes); no `<` appears raw, so no author text
    /// can close or open markup around the script.
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }
}
