import Foundation

/// A forward scan over rendered HTML's UTF-8 yielding where its text is and where `##`/`###`
/// sections start. Text comes as byte ranges into the HTML: nothing is copied until a section
/// keeps it.
struct HTMLText {
    enum Piece {
        /// Text between tags, character references not yet decoded.
        case text(Range<Int>)
        /// A tag that separates words (a paragraph, a cell, the end of a heading).
        case space
        case heading(String)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// Inside an `<h2>`/`<h3>` that starts a section: its text is the section's heading.
    private(set) var inHeading = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func next() -> Piece? {
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "<") {
                if let piece = tag() { return piece }
                continue
            }
            let start = position
            let end = self.end(of: UInt8(ascii: "<"), from: position) ?? bytes.count
            position = end
            return .text(start..<end)
        }
        return nil
    }

    /// The first place of `byte` at or after `start` (`memchr`: every byte of a page's HTML is
    /// looked at here).
    private func end(of byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Reads one tag; a section heading's start is a piece, anything else is skipped (with the
    /// contents of `<svg>`, `<script>`, `<style>` and `<button>`, and the `#` link beside a heading).
    /// Only a heading's id is made a string: tags are known by their name's bytes.
    private mutating func tag() -> Piece? {
        let start = position
        let end = self.end(of: UInt8(ascii: ">"), from: position) ?? (bytes.count - 1)
        position = end + 1
        var nameEnd = start + 1
        while nameEnd < end, Self.isNameByte(bytes[nameEnd]) { nameEnd += 1 }
        let name = Self.packed(UnsafeBufferPointer(rebasing: bytes[(start + 1)..<max(start + 1, nameEnd)]))
        switch name {
        case Self.h2, Self.h3:
            guard let id = attribute(Self.idAttribute, in: start...end) else { return nil }
            inHeading = true
            return .heading(id)
        case Self.h2End, Self.h3End:
            inHeading = false
            return .space
        case Self.a where find(Self.sectionLink, in: start..<(end + 1)) != nil:
            skip(to: Self.closing(bytes[(start + 1)..<nameEnd]))
            return nil
        case Self.svg, Self.script, Self.style, Self.button:
            skip(to: Self.closing(bytes[(start + 1)..<nameEnd]))
            return nil
        case _ where Self.isSpaced(name):
            return .space
        default: return nil
        }
    }

    private static let sectionLink = Array("class=\"section-link\"".utf8)
    private static let idAttribute = Array(" id=\"".utf8)

    /// `</name>`, lowercased.
    private static func closing(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8] {
        [UInt8(ascii: "<"), UInt8(ascii: "/")] + name.map { $0 >= 0x41 && $0 <= 0x5a ? $0 | 0x20 : $0 }
            + [UInt8(ascii: ">")]
    }

    /// A tag's name, lowercased, as a number (its first eight bytes): tags are compared without
    /// making a string of each. Longer names, which no tag here has, are 0.
    static func packed(_ name: some Collection<UInt8>) -> UInt64 {
        guard name.count <= 8 else { return 0 }
        return name.reduce(0) { $0 << 8 | UInt64($1 >= 0x41 && $1 <= 0x5a ? $1 | 0x20 : $1) }
    }

    // The names `packed`, as literals (read at every tag: a `static let` made of a call is
    // checked for being made at each read). `HTMLTextTests` holds each to its name.
    static let h2: UInt64 = 0x6832, h3: UInt64 = 0x6833, h2End: UInt64 = 0x2f_6832, h3End: UInt64 = 0x2f_6833
    static let a: UInt64 = 0x61, svg: UInt64 = 0x73_7667, script: UInt64 = 0x7363_7269_7074
    static let style: UInt64 = 0x73_7479_6c65, button: UInt64 = 0x6275_7474_6f6e
    /// Whether a tag separates words, its place a space: p, /p, li, /li, br, td, th, /td, /th,
    /// div, /div, h4, /h4.
    static func isSpaced(_ name: UInt64) -> Bool {
        switch name {
        case 0x70, 0x2f70, 0x6c69, 0x2f_6c69, 0x6272, 0x7464, 0x7468, 0x2f_7464, 0x2f_7468, 0x64_6976, 0x2f64_6976,
            0x6834, 0x2f_6834:
            return true
        default: return false
        }
    }

    /// Where `needle` first occurs in `range` of the HTML.
    private func find(_ needle: [UInt8], in range: Range<Int>) -> Int? {
        guard let first = needle.first, range.count >= needle.count else { return nil }
        var index = range.lowerBound
        while index <= range.upperBound - needle.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2f
    }

    /// Moves past the next `close` tag (or to the end).
    private mutating func skip(to close: [UInt8]) {
        position = find(close, in: position..<bytes.count).map { $0 + close.count } ?? bytes.count
    }

    /// The value of the attribute whose ` name="` is `prefix`, in the tag at `range`.
    private func attribute(_ prefix: [UInt8], in range: ClosedRange<Int>) -> String? {
        guard let start = find(prefix, in: range.lowerBound..<(range.upperBound + 1)) else { return nil }
        let valueStart = start + prefix.count
        guard let quote = end(of: UInt8(ascii: "\""), from: valueStart), quote <= range.upperBound else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<quote]), as: UTF8.self)
    }
}
