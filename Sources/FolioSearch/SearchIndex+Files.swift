/// The merged index written as shards: forms by first letter, postings by a hash of the stem,
/// documents by runs of pages; the manifest says how many of each there are. Only the shards an
/// update touched are encoded again, from entries kept encoded per stem and per form.
extension SearchIndex {
    /// How many shards of each kind the files have, and each shard's members in the order they are
    /// written (kept until a stem or form joins a shard or the number of shards changes).
    struct ShardCounts: Sendable {
        var forms = 0
        var postings = 0
        var documents = 0
        /// Form term numbers, sorted by their text.
        var formMembers: [[Int32]] = []
        var stemMembers: [[Int32]] = []
    }

    /// What an update touched: these forms', stems' and pages' shards are encoded again.
    struct DirtyShards: Sendable {
        var forms: Set<Int32> = []
        var stems: Set<Int32> = []
        var pages: Set<Int> = []
        /// Forms new to the index: each joins its shard's members in order.
        var newForms: [Int32] = []
        /// Every page was merged again (a build from scratch): every shard is written, and the
        /// sets above are not kept.
        var everything = false
    }

    mutating func writeFiles() {
        encodeForms()
        for id in dirty.everything ? Array(stems.indices) : dirty.stems.map(Int.init) where stems[id].entry == nil {
            let entry: String
            (entry, stems[id].capScore) = Self.entry(stems[id])
            postingBytes += entry.utf8.count - stems[id].entryLength
            stems[id].entry = entry
            stems[id].entryLength = entry.utf8.count
        }
        let lang = SearchJSON.string(language)
        let formCount = Self.shardCount(bytes: formBytes, target: Self.formShardBytes, limit: Self.maxFormShards)
        let postingCount = Self.shardCount(
            bytes: postingBytes, target: Self.postingShardBytes, limit: Self.maxPostingShards)
        let (documentCount, perShard) = Self.documentLayout(
            pages: pages.count,
            shards: Self.shardCount(
                bytes: documentTotal, target: Self.documentShardBytes,
                limit: Self.maxDocumentShards))
        writeForms(formEntryCache, count: formCount, lang: lang)
        writePostings(count: postingCount, lang: lang)
        counts.documents = documentCount
        documentsPerShard = perShard
        let starts = (0..<documentCount).map { String($0 * perShard) }
        encoded["m.js"] =
            "folioSearch.manifest(\(lang),{\"f\":\(formCount),\"p\":\(postingCount),\"d\":["
            + starts.joined(separator: ",") + "]});\n"
        dirty = DirtyShards()
    }

    /// Document shards as runs of `perShard` pages, about `shards` of them: by pages rather than
    /// bytes, so that an edit that makes a page longer moves no page to another shard. Every shard
    /// holds at least one page (an empty site has one empty shard).
    static func documentLayout(pages: Int, shards: Int) -> (count: Int, perShard: Int) {
        guard pages > 0 else { return (1, 1) }
        let perShard = (pages + shards - 1) / max(1, shards)
        return ((pages + perShard - 1) / perShard, perShard)
    }

    /// How many shards for `bytes` of entries: `target` bytes each, at most `limit`.
    static func shardCount(bytes: Int, target: Int, limit: Int) -> Int {
        min(limit, max(1, (bytes + target - 1) / target))
    }

    /// Every form's entry, `"form":["stem",…]`, encoded again where an update touched it, in
    /// place (a copy of every entry at each edit was most of an edit's time at 100,000 pages), with
    /// the entries' total length kept beside them.
    private mutating func encodeForms() {
        if dirty.everything {
            formEntryCache = [:]
            formBytes = 0
        }
        let touched =
            dirty.everything ? forms.indices.filter { !forms[$0].isEmpty }.map { Int32($0) } : Array(dirty.forms)
        for (form, name) in zip(touched, stemCache.names(touched)) {
            let old = formEntryCache[form]
            formBytes -= old?.utf8.count ?? 0
            let stems = Int(form) < forms.count ? forms[Int(form)] : []
            guard !stems.isEmpty else {
                formEntryCache[form] = nil
                continue
            }
            if old == nil { dirty.newForms.append(form) }
            var entry = SearchJSON.string(name)
            entry.append(":[")
            entry.append(stems.map { SearchJSON.string(self.stems[Int($0.stem)].name) }.sorted().joined(separator: ","))
            entry.append("]")
            formBytes += entry.utf8.count
            formEntryCache[form] = entry
        }
    }

    private mutating func writeForms(_ entries: [Int32: String], count: Int, lang: String) {
        let all = dirty.everything || count != counts.forms
        let cache = stemCache
        if !all {
            for (form, name) in zip(dirty.newForms, cache.names(dirty.newForms)) {
                Self.insert(form, into: &counts.formMembers[SearchWords.formBucket(of: name, count: count)]) {
                    cache.name($0)
                }
            }
        }
        if all {
            var members = [[(name: String, form: Int32)]](repeating: [], count: count)
            let forms = Array(entries.keys)
            for (form, name) in zip(forms, cache.names(forms)) {
                members[SearchWords.formBucket(of: name, count: count)].append((name, form))
            }
            counts.formMembers = members.map { $0.sorted { $0.name < $1.name }.map(\.form) }
            for name in encoded.keys where name.hasPrefix("f") { encoded[name] = nil }
        }
        counts.forms = count
        let shards =
            all ? Set(0..<count) : Set(cache.names(dirty.forms).map { SearchWords.formBucket(of: $0, count: count) })
        for shard in shards {
            let body = counts.formMembers[shard].compactMap { entries[$0] }.joined(separator: ",")
            encoded["f\(shard).js"] = "folioSearch.forms(\(lang),\(shard),{" + body + "});\n"
        }
    }

    private mutating func writePostings(count: Int, lang: String) {
        let all = dirty.everything || count != counts.postings
        if !all {
            for id in Int32(stemsInMembers)..<Int32(stems.count) {
                let bucket = SearchWords.postingBucket(of: stems[Int(id)].name, count: count)
                Self.insert(id, into: &counts.stemMembers[bucket]) { stems[Int($0)].name }
            }
        }
        stemsInMembers = stems.count
        if all {
            var members = [[Int32]](repeating: [], count: count)
            for (id, stem) in stems.enumerated() {
                members[SearchWords.postingBucket(of: stem.name, count: count)].append(Int32(id))
            }
            counts.stemMembers = members.map { ids in ids.sorted { stems[Int($0)].name < stems[Int($1)].name } }
            for name in encoded.keys where name.hasPrefix("p") { encoded[name] = nil }
        }
        counts.postings = count
        let shards =
            all
            ? Set(0..<count)
            : Set(dirty.stems.map { SearchWords.postingBucket(of: stems[Int($0)].name, count: count) })
        for shard in shards {
            let body = counts.stemMembers[shard].compactMap { id -> String? in
                let entry = stems[Int(id)].entry ?? ""
                return entry.isEmpty ? nil : entry
            }.joined(separator: ",")
            encoded["p\(shard).js"] = "folioSearch.postings(\(lang),\(shard),{" + body + "});\n"
        }
    }

    /// Puts `member` into `members` (sorted by `key`) where its key belongs.
    private static func insert<Member>(_ member: Member, into members: inout [Member], key: (Member) -> String) {
        let name = key(member)
        var low = 0
        var high = members.count
        while low < high {
            let middle = (low + high) / 2
            if key(members[middle]) < name { low = middle + 1 } else { high = middle }
        }
        // A form taken out keeps its place among the members (it writes nothing) and may come back.
        if low < members.count, key(members[low]) == name { return }
        members.insert(member, at: low)
    }

    static func documentFile(_ shard: Int) -> String { "d\(shard).js" }

    /// Document shard `shard` of runs of `perShard` pages, put together from the documents `page`
    /// gives by number (the index's own, or those an edit replaced, to compare with what was written).
    func documentShard(_ shard: Int, perShard: Int, page: (Int) -> String) -> String {
        let lang = SearchJSON.string(language)
        var text = "folioSearch.docs(\(lang),\(shard),["
        let numbers = (shard * perShard)..<min(pages.count, (shard + 1) * perShard)
        // The documents' lengths are known (those of the index's pages): the text is made once, to measure.
        text.reserveCapacity(text.utf8.count + numbers.reduce(8) { $0 + documents[$1].utf8.count + 1 })
        for number in numbers {
            if number > shard * perShard { text.append(",") }
            text.append(page(number))
        }
        text.append("]);\n")
        return text
    }

    /// Every document shard of a layout (by default the index's), by file name.
    func documentShards(count: Int? = nil, perShard: Int? = nil, page: ((Int) -> String)? = nil) -> [String: String] {
        let perShard = perShard ?? documentsPerShard
        var shards: [String: String] = [:]
        for shard in 0..<(count ?? counts.documents) {
            shards[Self.documentFile(shard)] = documentShard(shard, perShard: perShard, page: page ?? { documents[$0] })
        }
        return shards
    }

    /// A stem's entry, `"stem":"<postings>"`, or "" when no page has it any more. Postings are
    /// capped to the best-scored `maxPostings` and written as `PostingCode` numbers: for each, the
    /// step from the page before, the section, the score and the position.
    static func entry(_ stem: Stem) -> (entry: String, capScore: UInt64) {
        guard !stem.postings.isEmpty else { return ("", 0) }
        var code: [UInt8] = []
        var previous: UInt64 = 0
        let (kept, capScore) = cappedWithScore(stem.postings.postings)
        for posting in kept {
            let page = posting >> 28
            PostingCode.append(page - previous, to: &code)
            PostingCode.append(posting >> 16 & 0xfff, to: &code)
            PostingCode.append(posting & 0xff, to: &code)
            PostingCode.append(posting >> 8 & 0xff, to: &code)
            previous = page
        }
        var entry = SearchJSON.string(stem.name)
        entry.append(":\"")
        entry.append(String(decoding: code, as: UTF8.self))
        entry.append("\"")
        return (entry, capScore)
    }

    /// The lowest score `capped` keeps (some postings of it, in order) and how many score above it.
    static func thresholdAndAbove(_ postings: [UInt64]) -> (threshold: Int, above: Int) {
        var counts = [Int](repeating: 0, count: 256)
        for posting in postings { counts[Int(posting & 0xff)] += 1 }
        var threshold = 255
        var above = 0
        while threshold > 0, above + counts[threshold] < maxPostings {
            above += counts[threshold]
            threshold -= 1
        }
        return (threshold, above)
    }

    /// A stem's best-scored `maxPostings` sections (ties: the earlier section), in order. Scores
    /// are below 256, so one count per score finds the lowest score kept: no sort.
    static func capped(_ postings: [UInt64]) -> [UInt64] { cappedWithScore(postings).kept }

    /// `capped`, and the lowest score it kept (0 when it kept every posting).
    static func cappedWithScore(_ postings: [UInt64]) -> (kept: [UInt64], capScore: UInt64) {
        let cap = maxPostings
        guard postings.count > cap else { return (postings, 0) }
        let (threshold, above) = thresholdAndAbove(postings)
        var room = cap - above
        var kept: [UInt64] = []
        kept.reserveCapacity(cap)
        for posting in postings {
            let score = Int(posting & 0xff)
            if score > threshold {
                kept.append(posting)
            } else if score == threshold, room > 0 {
                kept.append(posting)
                room -= 1
            }
        }
        return (kept, UInt64(threshold))
    }
}
