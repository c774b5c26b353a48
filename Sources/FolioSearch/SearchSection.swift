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
    /// (charts' SVG and scripts with their contents), character references decoded, white space
    /// squeezed. On bytes: each section's heading and text are gathered as UTF-8, squeezed as they
    /// come (`PageText`), and made a string once (a page's HTML is the largest text search reads).
    public static func sections(ofHTML html: String) -> [SearchSection] {
        PageText(html: html).searchSections
    }

    /// `text` with every run of white space made one space, trimmed: what `sections(ofHTML:)`
    /// does to each heading and text, as it gathers them (`SqueezedBytes`). On UTF-8
    /// bytes: the white space of Unicode outside ASCII is U+0085, U+00A0, U+1680, U+2000–U+200A,
    /// U+2028, U+2029, U+202F, U+205F and U+3000.
    static func squeezed(_ text: String) -> String {
        var text = text
        var squeezed = SqueezedBytes()
        text.withUTF8 { squeezed.append($0) }
        return String(decoding: squeezed.bytes, as: UTF8.self)
    }

    /// The length in bytes of the white space character at `index`, or 0.
    @inline(__always) static func whiteSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
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
