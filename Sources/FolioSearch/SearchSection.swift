/// One searchable part of a page: the text before its first `##`, or one `##`/`###` section,
/// as plain text. What a search result links to (`page/#id`).
public struct SearchSection: Sendable, Hashable {
    /// The heading's id, or nil for the page's opening text.
    public var id: String?
    public var heading: String
    public var text: String

    public init(id: String?, heading: String, text: String) {
        self.id = id
        self.heading = heading
        self.text = text
    }

    /// A rendered body's sections: its HTML split at every `<h2 id>` and `<h3 id>`, tags dropped
    /// (charts' SVG and scripts with their contents), character references decoded.
    public static func sections(ofHTML html: String) -> [SearchSection] {
        var sections = [SearchSection(id: nil, heading: "", text: "")]
        var scanner = HTMLText(html)
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
            SearchSection(id: $0.id, heading: Self.squeezed($0.heading), text: Self.squeezed($0.text))
        }.filter { $0.id != nil || !$0.text.isEmpty }
    }

    /// `text` with every run of white space made one space, trimmed. On UTF-8 bytes: the white
    /// space of Unicode outside ASCII is U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
    /// U+202F, U+205F and U+3000.
    static func squeezed(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var space = false
            var index = 0
            while index < bytes.count {
                let length = whiteSpaceLength(bytes, at: index)
                if length > 0 {
                    space = !out.isEmpty
                    index += length
                    continue
                }
                if space { out.append(0x20) }
                space = false
                out.append(bytes[index])
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The length in bytes of the white space character at `index`, or 0.
    @inline(__always) private static func whiteSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0d) { return 1 }
        guard byte >= 0xc2, byte <= 0xe3, index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xc2 { return second == 0x85 || second == 0xa0 ? 2 : 0 }
        guard index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xe1, 0x9a): return third == 0x80 ? 3 : 0
        case (0xe2, 0x80): return third <= 0x8a || third == 0xa8 || third == 0xa9 || third == 0xaf ? 3 : 0
        case (0xe2, 0x81): return third == 0x9f ? 3 : 0
        case (0xe3, 0x80): return third == 0x80 ? 3 : 0
        default: return 0
        }
    }
}

/// A forward scan over rendered HTML yielding its text and where `##`/`###` sections start.
struct HTMLText {
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

    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The text with the character references Folio's escaper writes decoded (and numeric ones).
    static func decoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let tail = rest[amp...]
            guard let semicolon = tail.prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let name = tail[tail.index(after: tail.startIndex)..<semicolon]
            result += Self.character(name) ?? String(tail[...semicolon])
            rest = tail[tail.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func character(_ name: Substring) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
