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

        /// The base's UTF-8 bytes.
        var bytes: [UInt8] {
            switch self {
            case let .plain(text): Array(text.utf8)
            case let .packed(bytes, count):
                [UInt8](unsafeUninitializedCapacity: count) { target, initialized in
                    initialized = bytes.withUnsafeBufferPointer { PackedText.unpack($0, into: target, after: 0) }
                }
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

    /// The shortest repeat worth a back-reference: a sequence costs at least three bytes.
    private static let minimumMatch = 4
    /// Bits of the match finder's hash table (8,192 positions, 32 KB per call).
    private static let tableBits = 13

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
        var joined = base.bytes
        let start = joined.count
        joined.append(contentsOf: text.utf8)
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
        var joined = base.bytes
        let start = joined.count
        joined.append(contentsOf: repeatElement(0, count: count))
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

    /// Greedy LZ77 over `source` from `start` (the bytes before it are the base): at each
    /// position, the last position with the same next four bytes (by hash) is tried; a match is
    /// extended as far as it goes.
    private static func pack(_ source: UnsafeBufferPointer<UInt8>, after start: Int) -> [UInt8] {
        let count = source.count
        var packed: [UInt8] = []
        packed.reserveCapacity((count - start) / 2 + 16)
        var table = [Int32](repeating: -1, count: 1 << tableBits)
        var anchor = start
        var position = 0
        table.withUnsafeMutableBufferPointer { table in
            // The base's positions go in the table first, for the text's matches to find them.
            while position + minimumMatch <= start {
                let slot = Int((load(source, at: position) &* 2_654_435_761) >> UInt32(32 - tableBits))
                table[slot] = Int32(truncatingIfNeeded: position)
                position += 1
            }
            position = start
            while position + minimumMatch <= count {
                let word = load(source, at: position)
                let slot = Int((word &* 2_654_435_761) >> UInt32(32 - tableBits))
                let candidate = Int(table[slot])
                table[slot] = Int32(truncatingIfNeeded: position)
                guard candidate >= 0, load(source, at: candidate) == word else {
                    position += 1
                    continue
                }
                var length = minimumMatch
                while position + length < count, source[candidate + length] == source[position + length] {
                    length += 1
                }
                appendLiterals(source, anchor..<position, to: &packed)
                appendVarint(length - minimumMatch, to: &packed)
                appendVarint(position - candidate, to: &packed)
                position += length
                anchor = position
            }
        }
        appendLiterals(source, anchor..<count, to: &packed)
        // A copy of exactly its length: the reserve above is let go with `packed`.
        return [UInt8](unsafeUninitializedCapacity: packed.count) { copy, initialized in
            initialized = copy.initialize(fromContentsOf: packed)
        }
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
