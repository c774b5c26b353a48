@testable import FolioSearch

/// The split of HTML into sections as it was written first, on strings: each text run decoded
/// and appended, each field squeezed at the end. The reference `SectionSplitTests` holds the
/// byte scanner (`HTMLText`, `PageText`, `SqueezedBytes`) to.
enum ReferenceSections {
    static func sections(ofHTML html: String) -> [SearchSection] {
        var sections = [SearchSection(id: nil, heading: "", text: "")]
        var scanner = ReferenceHTMLText(html)
        while let piece = scanner.next() {
            switch piece {
            case let .text(text):
                if scanner.inHeading {
                    sections[sections.count - 1].heading += text
                } else {
                    sections[sections.count - 1].text += text
                }
            case let .heading(id): sections.append(SearchSection(id: id, heading: "", text: ""))
            }
        }
        return sections.map {
            SearchSection(
                id: $0.id, heading: SearchSection.squeezed($0.heading), text: SearchSection.squeezed($0.text))
        }.filter { $0.id != nil || !$0.text.isEmpty }
    }
}

/// A forward scan over rendered HTML yielding its text and where `##`/`###` sections start.
struct ReferenceHTMLText {
    enum Piece {
        case text(String)
        case heading(String)
    }

    private let bytes: [UInt8]
    private var position = 0
    /// Inside an `<h2>`/`<h3>` that starts a section: its text is the section's heading.
    private(set) var inHeading = false

    init(_ html: String) {
        bytes = Array(html.utf8)
    }

    mutating func next() -> Piece? {
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "<") {
                if let piece = tag() { return piece }
                continue
            }
            let end = bytes[position...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
            let text = Self.decoded(String(decoding: bytes[position..<end], as: UTF8.self))
            position = end
            return .text(text)
        }
        return nil
    }

    /// Reads one tag; a section heading's start is a piece, anything else is skipped (with the
    /// contents of `<svg>`, `<script>`, `<style>` and `<button>`, and the `#` link beside a heading).
    /// Only a heading's tag is made a string: most tags are known by their name's bytes.
    private mutating func tag() -> Piece? {
        let start = position
        let end = bytes[position...].firstIndex(of: UInt8(ascii: ">")) ?? (bytes.count - 1)
        position = end + 1
        var nameEnd = start + 1
        while nameEnd < end, Self.isNameByte(bytes[nameEnd]) { nameEnd += 1 }
        let name = Self.packed(bytes[(start + 1)..<max(start + 1, nameEnd)])
        switch name {
        case Self.h2, Self.h3:
            guard let id = Self.attribute("id", in: String(decoding: bytes[start...end], as: UTF8.self)) else {
                return nil
            }
            inHeading = true
            return .heading(id)
        case Self.h2End, Self.h3End:
            inHeading = false
            return .text(" ")
        case Self.a where Self.contains(Self.sectionLink, in: bytes[start...end]):
            skip(to: "</a>")
            return nil
        case Self.svg, Self.script, Self.style, Self.button:
            let name = String(decoding: bytes[(start + 1)..<nameEnd], as: UTF8.self).lowercased()
            skip(to: "</\(name)>")
            return nil
        case _ where Self.spaced.contains(name):
            return .text(" ")
        default: return nil
        }
    }

    private static let sectionLink = Array("class=\"section-link\"".utf8)

    /// A tag's name, lowercased, as a number (its first eight bytes): tags are compared without
    /// making a string of each. Longer names, which no tag here has, are 0.
    private static func packed(_ name: some Collection<UInt8>) -> UInt64 {
        guard name.count <= 8 else { return 0 }
        return name.reduce(0) { $0 << 8 | UInt64($1 >= 0x41 && $1 <= 0x5a ? $1 | 0x20 : $1) }
    }

    private static let h2 = packed("h2".utf8), h3 = packed("h3".utf8), h2End = packed("/h2".utf8)
    private static let h3End = packed("/h3".utf8), a = packed("a".utf8), svg = packed("svg".utf8)
    private static let script = packed("script".utf8), style = packed("style".utf8)
    private static let button = packed("button".utf8)
    /// Tags that separate words: their place becomes a space.
    private static let spaced = Set(
        ["p", "/p", "li", "/li", "br", "td", "th", "/td", "/th", "div", "/div", "h4", "/h4"].map { packed($0.utf8) })

    /// Whether `needle` occurs in `haystack` (a tag: short, so a plain scan).
    private static func contains(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = haystack.startIndex
        while index <= haystack.endIndex - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2f
    }

    /// Moves past the next `close` tag (or to the end).
    private mutating func skip(to close: String) {
        let close = Array(close.utf8)
        while position < bytes.count, !bytes[position...].starts(with: close) { position += 1 }
        position = min(bytes.count, position + close.count)
    }

    /// By code points, as HTML reads attributes (the first version searched by characters, so a
    /// quote followed by a combining mark was not a quote: the byte scanner fixed that).
    private static func attribute(_ name: String, in tag: String) -> String? {
        let scalars = tag.unicodeScalars
        let needle = " \(name)=\"".unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if scalars[index...].starts(with: needle) {
                let rest = scalars[scalars.index(index, offsetBy: needle.count)...]
                return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
            }
            index = scalars.index(after: index)
        }
        return nil
    }

    /// Decoding is shared: the reference is about how text is cut, gathered and squeezed.
    static func decoded(_ text: String) -> String {
        CharacterReferences.decoded(text)
    }
}
