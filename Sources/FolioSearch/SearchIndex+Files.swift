/// The merged index written as shards: forms by first letter, postings by a hash of the stem,
/// documents by runs of sections; the manifest says how many of each there are.
extension Merge {
    func files() -> [String: String] {
        var files: [String: String] = [:]
        let lang = SearchJSON.string(language)
        let formCount = formShards(lang, into: &files)
        let postingCount = postingShards(lang, into: &files)
        let starts = documentShards(lang, into: &files)
        files["m.js"] =
            "folioSearch.manifest(\(lang),{\"f\":\(formCount),\"p\":\(postingCount),\"d\":["
            + starts.map(String.init).joined(separator: ",") + "]});\n"
        return files
    }

    /// How many shards for `bytes` of entries: `SearchIndex.shardBytes` each, at most `limit`.
    private static func shardCount(bytes: Int, limit: Int) -> Int {
        min(limit, max(1, (bytes + SearchIndex.shardBytes - 1) / SearchIndex.shardBytes))
    }

    private func formShards(_ lang: String, into files: inout [String: String]) -> Int {
        let entries = forms.keys.sorted().map { form -> (String, String) in
            var entry = ""
            SearchJSON.string(form, into: &entry)
            entry.append(":[")
            entry.append(
                (forms[form] ?? []).map { SearchJSON.string(stemNames[Int($0)]) }.sorted().joined(separator: ","))
            entry.append("]")
            return (form, entry)
        }
        let count = Self.shardCount(
            bytes: entries.reduce(0) { $0 + $1.1.utf8.count }, limit: SearchIndex.maxFormShards)
        var shards = [[String]](repeating: [], count: count)
        for (form, entry) in entries { shards[SearchWords.formBucket(of: form, count: count)].append(entry) }
        for (number, shard) in shards.enumerated() {
            files["f\(number).js"] = "folioSearch.forms(\(lang),\(number),{" + shard.joined(separator: ",") + "});\n"
        }
        return count
    }

    private func postingShards(_ lang: String, into files: inout [String: String]) -> Int {
        var entries: [(String, String)] = []
        entries.reserveCapacity(stemNames.count)
        for (id, stem) in stemNames.enumerated() {
            var entry = SearchJSON.string(stem)
            entry.append(":[")
            Self.encode(Self.capped(postings[id]), into: &entry)
            entry.append("]")
            entries.append((stem, entry))
        }
        entries.sort { $0.0 < $1.0 }
        let count = Self.shardCount(
            bytes: entries.reduce(0) { $0 + $1.1.utf8.count }, limit: SearchIndex.maxPostingShards)
        var shards = [[String]](repeating: [], count: count)
        for (stem, entry) in entries { shards[SearchWords.postingBucket(of: stem, count: count)].append(entry) }
        for (number, shard) in shards.enumerated() {
            files["p\(number).js"] =
                "folioSearch.postings(\(lang),\(number),{" + shard.joined(separator: ",") + "});\n"
        }
        return count
    }

    /// A stem's best-scored `maxPostings` sections (ties: the earlier section), in section order.
    /// Scores are below 256, so one count per score finds the lowest score kept: no sort.
    static func capped(_ postings: [UInt64]) -> [UInt64] {
        let cap = SearchIndex.maxPostings
        guard postings.count > cap else { return postings }
        var counts = [Int](repeating: 0, count: 256)
        for posting in postings { counts[Int(posting & 0xff)] += 1 }
        var threshold = 255
        var above = 0
        while threshold > 0, above + counts[threshold] < cap {
            above += counts[threshold]
            threshold -= 1
        }
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
        return kept
    }

    /// Postings as `section, score` pairs, each section after the first as the step from the one before.
    static func encode(_ postings: [UInt64], into out: inout String) {
        var previous: UInt64 = 0
        for (index, posting) in postings.enumerated() {
            if index > 0 { out.append(",") }
            out.append(String((posting >> 8) - previous))
            out.append(",")
            out.append(String(posting & 0xff))
            previous = posting >> 8
        }
    }

    /// Document shards, runs of sections about equal in bytes; returns each shard's first section.
    private func documentShards(_ lang: String, into files: inout [String: String]) -> [Int] {
        let total = documents.reduce(0) { $0 + $1.utf8.count }
        let count = min(
            SearchIndex.maxDocumentShards,
            max(1, (total + SearchIndex.documentShardBytes - 1) / SearchIndex.documentShardBytes))
        let target = max(1, total / count)
        var starts: [Int] = []
        var shard = ""
        func flush() {
            guard !starts.isEmpty else { return }
            files["d\(starts.count - 1).js"] = "folioSearch.docs(\(lang),\(starts.count - 1),[" + shard + "]);\n"
        }
        for (section, document) in documents.enumerated() {
            if starts.isEmpty || (shard.utf8.count >= target && starts.count < count) {
                flush()
                starts.append(section)
                shard = ""
            } else {
                shard.append(",")
            }
            shard.append(document)
        }
        flush()
        return starts
    }
}
