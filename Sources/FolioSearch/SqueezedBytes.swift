import Foundation

/// The headings (or the texts) of a page's sections as UTF-8, one after another in one buffer,
/// each section's a range of it (`PageText`), with every run of white space already one space and
/// none at a part's start (the end's is never written: a space waits for the next character).
/// Squeezed as the HTML's text is appended, so each part is made a string at most once; one
/// buffer a page, not an array each heading and text grown by doubling.
struct SqueezedBytes {
    private(set) var bytes: [UInt8] = []
    /// Where the part being gathered starts.
    private var start = 0
    private var space = false

    /// Room for `capacity` bytes: a page's text is never longer than its HTML.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Ends the part being gathered, and gives its range.
    mutating func close() -> Range<Int> {
        defer {
            start = bytes.count
            space = false
        }
        return start..<bytes.count
    }

    /// Appends text with its character references decoded (`&`: most text has none).
    mutating func append(decoding raw: UnsafeBufferPointer<UInt8>) {
        guard let base = raw.baseAddress, memchr(base, Int32(UInt8(ascii: "&")), raw.count) != nil else {
            return append(raw)
        }
        if let decoded = CharacterReferences.decoded(ascii: raw) {
            return decoded.withUnsafeBufferPointer { append($0) }
        }
        var decoded = CharacterReferences.decoded(String(decoding: raw, as: UTF8.self))
        decoded.withUTF8 { append($0) }
    }

    /// Appends `chunk`, its runs of words with single spaces between them whole (most bytes are
    /// neither white space nor the lead byte of any). White space is never split between two
    /// appends: text is cut only at tags, and a reference is decoded whole.
    mutating func append(_ chunk: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var run = 0
        while index < chunk.count {
            let byte = chunk[index]
            guard Self.mayStartWhiteSpace(byte) else {
                index += 1
                continue
            }
            // One space between two words needs no squeezing: the run goes on.
            if byte == 0x20, index > run, index + 1 < chunk.count, !Self.mayStartWhiteSpace(chunk[index + 1]) {
                index += 2
                continue
            }
            let length = SearchSection.whiteSpaceLength(chunk, at: index)
            guard length > 0 else {
                index += 1
                continue
            }
            flush(chunk, run..<index)
            space = bytes.count > start
            index += length
            run = index
        }
        flush(chunk, run..<chunk.count)
    }

    private mutating func flush(_ chunk: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if space { bytes.append(0x20) }
        space = false
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[range]))
    }

    /// Whether a white space character can start with `byte` (see `SearchSection.whiteSpaceLength`).
    @inline(__always) private static func mayStartWhiteSpace(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0xc2 || (byte >= 0xe1 && byte <= 0xe3)
    }

    /// Appends a word break.
    mutating func appendSpace() {
        space = bytes.count > start
    }

    /// Appends `text` as it is, unsqueezed (sections given as strings).
    mutating func append(verbatim text: String) {
        bytes.append(contentsOf: text.utf8)
    }
}
