/// Text kept compressed: how `folio serve`'s cache holds each rendered page body, and each page's
/// Markdown, between builds.
///
/// The bodies' HTML and the pages' text were the largest parts of the server's memory (8.9 and
/// 5.7 KB a page, 89 and 57 of 318 MB at 10,002 pages; BENCHMARKS.md "folio serve, 100,002
/// pages"), read again only when a page's file is rendered without its body (a neighbour's title,
/// a template edit) or its body is rendered again. A page's HTML repeats its
/// tags, words and attributes, so LZ77 (LZ4's block idea: literal runs and back-references, found
/// through a hash of the next four bytes) packs it to about half, at a few hundred MB/s each way,
/// with no library. The same text always packs to the same bytes, so packed texts compare as text.
///
/// A body's HTML is packed against the Markdown it was rendered from (`base`, zstd's and zlib's
/// "dictionary"): its back-references may reach into that text, which holds every word of the
/// HTML, so the HTML packs to about a quarter instead of a half (49 of the 88 MB the packed texts
/// took at 10,002 pages were HTML). The base is the page's own held text, shared, not copied.
struct PackedText: Sendable, Hashable {
    /// What a text is packed against: a plain text, or a packed one without a base of its own.
    private enum Base: Sendable, Equatable {
        case plain(String)
        case packed(bytes: [UInt8], count: Int)

        /// The base's length in UTF-8 bytes.
        var count: Int {
            switch self {
            case let .plain(text): text.utf8.count
            case let .packed(_, count): count
            }
        }

        /// The base's UTF-8 bytes, then `room` more (zero) for a text packed against it.
        func bytes(room: Int = 0) -> [UInt8] {
            let count = self.count
            return [UInt8](unsafeUninitializedCapacity: count + room) { target, initialized in
                switch self {
                case var .plain(text):
                    let head = UnsafeMutableBufferPointer(rebasing: target[..<count])
                    _ = text.withUTF8 { head.initialize(fromContentsOf: $0) }
                case let .packed(bytes, _):
                    _ = bytes.withUnsafeBufferPointer { PackedText.unpack($0, into: target, after: 0) }
                }
                target[count...].initialize(repeating: 0)
                initialized = count + room
            }
        }
    }

    /// Sequences of: literal count (varint), the literals, then, unless the text ends there, the
    /// match length less `minimumMatch` (varint) and its distance back (varint), which may reach
    /// back past the text's start into `base`.
    private let bytes: [UInt8]
    /// The text's length in UTF-8 bytes.
    let count: Int
    /// The text the back-references may reach into, in front of this one; nil: none.
    private let base: Base?

    /// The shortest repeat worth a back-reference: a sequence costs three or four bytes (a
    /// distance past 127 takes two), so a four-byte match saved nothing.
    private static let minimumMatch = 5
    /// Bits of the match finder's hash table of four-byte sequences (8,192 chains).
    private static let tableBits = 13
    /// How many earlier places with the same hash are tried for the longest match: the first
    /// alone left prose at 0.70 of its size and HTML against its Markdown at 0.25; eight take
    /// them to about 0.63 and 0.18.
    private static let chainLength = 8

    /// `text` packed on its own, or against `base` (its back-references may reach into it): a body's
    /// HTML against the Markdown it was rendered from.
    init(_ text: String, against base: HeldText? = nil) {
        var text = text
        count = text.utf8.count
        switch base {
        case nil: self.base = nil
        case let .plain(plain)?: self.base = .plain(plain)
        case let .packed(packed)?:
            // A base is one step deep: a packed text with a base of its own is held as its text.
            self.base = packed.base == nil ? .packed(bytes: packed.bytes, count: packed.count) : .plain(packed.text)
        }
        guard let base = self.base else {
            bytes = text.withUTF8 { Self.pack($0, after: 0) }
            return
        }
        var joined = base.bytes(room: count)
        let start = base.count
        joined.withUnsafeMutableBufferPointer { target in
            _ = text.withUTF8 { UnsafeMutableBufferPointer(rebasing: target[start...]).initialize(fromContentsOf: $0) }
        }
        bytes = joined.withUnsafeBufferPointer { Self.pack($0, after: start) }
    }

    /// The bytes it takes packed.
    var byteCount: Int { bytes.count }

    /// The text as it was packed.
    var text: String {
        guard let base else {
            return String(unsafeUninitializedCapacity: count) { target in
                bytes.withUnsafeBufferPointer { Self.unpack($0, into: target, after: 0) }
            }
        }
        // One buffer, the base's bytes and room for the text after them.
        var joined = base.bytes(room: count)
        let start = base.count
        joined.withUnsafeMutableBufferPointer { target in
            _ = bytes.withUnsafeBufferPointer { Self.unpack($0, into: target, after: start) }
        }
        return String(decoding: joined[start...], as: UTF8.self)
    }

    /// Equal texts: with the same base, packed texts are equal exactly when their bytes are (a
    /// text always packs the same against the same base); with different bases, their texts are
    /// compared.
    static func == (lhs: PackedText, rhs: PackedText) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs.base == rhs.base { return lhs.bytes == rhs.bytes }
        return lhs.text == rhs.text
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }

    /// LZ77 over `source` from `start` (the bytes before it are the base): at each position, the
    /// last `chainLength` positions with the same hash of the next four bytes are tried and the
    /// longest match taken, however short the first.
    private static func pack(_ source: UnsafeBufferPointer<UInt8>, after start: Int) -> [UInt8] {
        let count = source.count
        var packed: [UInt8] = []
        packed.reserveCapacity((count - start) / 2 + 16)
        // Each hash's last position, and each position's previous one with the same hash.
        var heads = [Int32](repeating: -1, count: 1 << tableBits)
        var chains = [Int32](repeating: -1, count: count)
        var anchor = start
        heads.withUnsafeMutableBufferPointer { heads in
            chains.withUnsafeMutableBufferPointer { chains in
                func insert(_ position: Int) {
                    let slot = hash(load(source, at: position))
                    chains[position] = heads[slot]
                    heads[slot] = Int32(truncatingIfNeeded: position)
                }
                // The base's positions go in the chains first, for the text's matches to find them.
                var position = 0
                while position + 4 <= start {
                    insert(position)
                    position += 1
                }
                position = start
                while position + minimumMatch <= count {
                    let (length, distance) = longestMatch(source, at: position, heads: heads, chains: chains)
                    insert(position)
                    guard length >= minimumMatch else {
                        position += 1
                        continue
                    }
                    appendLiterals(source, anchor..<position, to: &packed)
                    appendVarint(length - minimumMatch, to: &packed)
                    appendVarint(distance, to: &packed)
                    for inside in (position + 1)..<min(position + length, count - 3) { insert(inside) }
                    position += length
                    anchor = position
                }
            }
        }
        appendLiterals(source, anchor..<count, to: &packed)
        // A copy of exactly its length: the reserve above is let go with `packed`.
        return [UInt8](unsafeUninitializedCapacity: packed.count) { copy, initialized in
            initialized = copy.initialize(fromContentsOf: packed)
        }
    }

    /// The longest match for the bytes at `position` among the last `chainLength` earlier places
    /// with their hash: its length (0: none) and how far back it starts.
    private static func longestMatch(
        _ source: UnsafeBufferPointer<UInt8>, at position: Int, heads: UnsafeMutableBufferPointer<Int32>,
        chains: UnsafeMutableBufferPointer<Int32>
    ) -> (length: Int, distance: Int) {
        let word = load(source, at: position)
        var candidate = Int(heads[hash(word)])
        var best = (length: 0, distance: 0)
        var tries = chainLength
        while candidate >= 0, tries > 0 {
            if load(source, at: candidate) == word {
                var length = 4
                while position + length < source.count, source[candidate + length] == source[position + length] {
                    length += 1
                }
                if length > best.length { best = (length, position - candidate) }
            }
            candidate = Int(chains[candidate])
            tries -= 1
        }
        return best
    }

    private static func hash(_ word: UInt32) -> Int {
        Int((word &* 2_654_435_761) >> UInt32(32 - tableBits))
    }

    /// Writes the text into `target` from `start` (the base's bytes are before it; the text takes
    /// the rest); returns how many bytes it wrote.
    private static func unpack(
        _ packed: UnsafeBufferPointer<UInt8>, into target: UnsafeMutableBufferPointer<UInt8>, after start: Int
    ) -> Int {
        var read = 0
        var written = start
        while read < packed.count {
            let literals = readVarint(packed, at: &read)
            for index in 0..<literals { target[written + index] = packed[read + index] }
            read += literals
            written += literals
            guard read < packed.count else { break }
            let length = readVarint(packed, at: &read) + minimumMatch
            let start = written - readVarint(packed, at: &read)
            // Byte by byte: a match may overlap the bytes it is copying (a run).
            for index in 0..<length { target[written + index] = target[start + index] }
            written += length
        }
        return written - start
    }

    private static func load(_ source: UnsafeBufferPointer<UInt8>, at position: Int) -> UInt32 {
        UInt32(source[position]) | UInt32(source[position + 1]) << 8 | UInt32(source[position + 2]) << 16
            | UInt32(source[position + 3]) << 24
    }

    private static func appendLiterals(
        _ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to packed: inout [UInt8]
    ) {
        appendVarint(range.count, to: &packed)
        packed.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
    }

    /// LEB128: seven bits a byte, low bits first, the high bit set on all but the last.
    private static func appendVarint(_ value: Int, to packed: inout [UInt8]) {
        var value = UInt(value)
        while value >= 0x80 {
            packed.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        packed.append(UInt8(value))
    }

    private static func readVarint(_ packed: UnsafeBufferPointer<UInt8>, at read: inout Int) -> Int {
        var value = 0
        var shift = 0
        while true {
            let byte = packed[read]
            read += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }
}
