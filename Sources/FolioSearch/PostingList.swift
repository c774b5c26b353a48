/// One stem's postings (`page << 28 | section << 16 | position << 8 | score`, in page and section
/// order) as the index keeps them between builds: each posting as steps from the one before it
/// in variable-length bytes, about four bytes where a `UInt64` took eight.
///
/// `folio serve` keeps every stem's postings, not only the capped ones its files list (a page
/// taken out can bring back a posting the cap left out): as `[UInt64]` they were 47 of the 318 MB
/// live at 10,002 pages (heaptrack, search on). An edit reads the list to the edited page and
/// puts that page's run in place of its old one (`replace`); a build from scratch appends.
///
/// A posting is its page's step (varint), its section (varint: the step from the section before
/// when the page is the same, else the section itself), its position and its score (a byte each).
struct PostingList: Sendable, Equatable {
    private var bytes: [UInt8] = []
    /// How many postings.
    private(set) var count = 0
    /// The last posting (an append is encoded as steps from it), 0 when there is none.
    private(set) var last: UInt64 = 0

    init() {}

    /// A list of `postings` (sorted).
    init(_ postings: [UInt64]) {
        append(contentsOf: postings[...])
    }

    var isEmpty: Bool { count == 0 }

    /// Every posting, in order.
    var postings: [UInt64] {
        var postings: [UInt64] = []
        postings.reserveCapacity(count)
        bytes.withUnsafeBufferPointer { bytes in
            var reader = Reader(bytes: bytes)
            while reader.offset < bytes.count { postings.append(reader.next()) }
        }
        return postings
    }

    /// Appends `run` (sorted, none below `last`).
    mutating func append(contentsOf run: ArraySlice<UInt64>) {
        var previous = last
        for posting in run {
            Self.encode(posting, after: previous, into: &bytes)
            previous = posting
        }
        count += run.count
        if let final = run.last { last = final }
    }

    /// Puts `run` (sorted, all of page `page`) in place of page `page`'s postings, `previous` of
    /// them: the list is read as far as the page, and the bytes from there to the posting after
    /// its old run (written again, as steps from the new run) are replaced.
    mutating func replace(page: UInt64, count previous: Int, with run: ArraySlice<UInt64>) {
        let (start, before, _) = find(page: page)
        replaceBytes(start: start, before: before, previous: previous, run: run)
    }

    /// Takes page `page`'s postings out and moves every later page down by one (a page removed):
    /// only the posting after them is written again, the others being steps from it.
    mutating func remove(page: UInt64) {
        let (start, before, onPage) = find(page: page)
        replaceBytes(start: start, before: before, previous: onPage, run: [], shift: -1)
    }

    /// Moves every page from `page` on up by one and puts `run` (all of page `page`) before them
    /// (a page inserted): only `run` and the posting after it are written.
    mutating func insert(page: UInt64, run: ArraySlice<UInt64>) {
        let (start, before, _) = find(page: page)
        replaceBytes(start: start, before: before, previous: 0, run: run, shift: 1)
    }

    /// Where page `page`'s postings start (or those of the first page after it), the posting before
    /// that place, and how many postings page `page` has.
    private func find(page: UInt64) -> (start: Int, before: UInt64, onPage: Int) {
        bytes.withUnsafeBufferPointer { bytes in
            var reader = Reader(bytes: bytes)
            var before: UInt64 = 0
            while reader.offset < bytes.count {
                let start = reader.offset
                let posting = reader.next()
                guard posting >> 28 >= page else {
                    before = posting
                    continue
                }
                var onPage = posting >> 28 == page ? 1 : 0
                while onPage > 0, reader.offset < bytes.count, reader.next() >> 28 == page { onPage += 1 }
                return (start, before, onPage)
            }
            return (bytes.count, before, 0)
        }
    }

    /// The bytes from the page's first posting on written again: `run`, then the rest, whose pages
    /// move by `shift`.
    private mutating func replaceBytes(
        start: Int, before: UInt64, previous: Int, run: ArraySlice<UInt64>, shift: Int64 = 0
    ) {
        var removed = 0
        var end = start
        var following: UInt64?
        bytes.withUnsafeBufferPointer { bytes in
            var reader = Reader(bytes: bytes, offset: start, previous: before)
            while removed < previous, reader.offset < bytes.count {
                _ = reader.next()
                removed += 1
            }
            end = reader.offset
            if reader.offset < bytes.count {
                following = reader.next()
                end = reader.offset
            }
        }
        var code: [UInt8] = []
        var step = before
        for posting in run {
            Self.encode(posting, after: step, into: &code)
            step = posting
        }
        let moved = UInt64(bitPattern: shift << 28)
        if let following { Self.encode(following &+ moved, after: step, into: &code) }
        let needed = bytes.count - (end - start) + code.count
        // A sixteenth over: an edit that grows a list made to measure (`fitted`) would double it.
        if bytes.capacity < needed { bytes.reserveCapacity(needed + needed / 16) }
        bytes.replaceSubrange(start..<end, with: code)
        count += run.count - removed
        if following == nil {
            last = run.last ?? (count > 0 ? before : 0)
        } else {
            last = last &+ moved
        }
    }

    /// The list with its bytes made to measure: a build from scratch appends page by page, and an
    /// array grown by doubling keeps up to twice its room (`folio serve` keeps the index).
    mutating func fit() {
        guard bytes.capacity > bytes.count else { return }
        let fitted = bytes
        bytes = [UInt8](unsafeUninitializedCapacity: fitted.count) { copy, initialized in
            initialized = copy.initialize(fromContentsOf: fitted)
        }
    }

    /// Appends `posting` as steps from `previous`.
    private static func encode(_ posting: UInt64, after previous: UInt64, into bytes: inout [UInt8]) {
        let page = posting >> 28
        let section = posting >> 16 & 0xfff
        let samePage = page == previous >> 28
        appendVarint(page - previous >> 28, to: &bytes)
        appendVarint(samePage ? section - (previous >> 16 & 0xfff) : section, to: &bytes)
        bytes.append(UInt8(posting >> 8 & 0xff))
        bytes.append(UInt8(posting & 0xff))
    }

    private static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7f) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Reads postings one after another from `offset`, `previous` being the one before.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0
        var previous: UInt64 = 0

        mutating func next() -> UInt64 {
            let step = varint()
            let page = (previous >> 28) + step
            let code = varint()
            let section = step == 0 ? (previous >> 16 & 0xfff) + code : code
            let posting = page << 28 | section << 16 | UInt64(bytes[offset]) << 8 | UInt64(bytes[offset + 1])
            offset += 2
            previous = posting
            return posting
        }

        private mutating func varint() -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let byte = bytes[offset]
                offset += 1
                value |= UInt64(byte & 0x7f) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
        }
    }
}
