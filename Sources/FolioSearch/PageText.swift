import Foundation

/// A page body's sections as UTF-8: each section's id, and its heading and text as ranges of two
/// buffers for the whole page. What `SearchBody` indexes: its words are read from these bytes and
/// only the snippets are made strings (a section's whole text as a string was made, checked as
/// UTF-8 and read again only to be scanned and cut).
///
/// Texts from HTML are kept as the HTML has them (references decoded, a space where a tag parts
/// words) and squeezed only as far as a snippet needs: white space is no part of any word, so
/// the words are the same, and squeezing every byte of every page was most of the split.
struct PageText {
    struct Section {
        let id: String?
        let heading: Range<Int>
        let text: Range<Int>
    }

    private(set) var sections: [Section] = []
    private var headings: SqueezedBytes
    private var texts: [UInt8] = []
    private var textStart = 0
    /// Whether the texts are to be squeezed (from HTML), or are as they were given.
    private let squeezesTexts: Bool

    /// A rendered body's sections (`SearchSection.sections(ofHTML:)`): its HTML split at every
    /// `<h2 id>` and `<h3 id>`, tags dropped (charts' SVG and scripts with their contents),
    /// character references decoded, white space squeezed.
    init(html: String) {
        var html = html
        headings = SqueezedBytes()
        squeezesTexts = true
        texts.reserveCapacity(html.utf8.count)
        html.withUTF8 { bytes in
            var scanner = HTMLText(bytes)
            var id: String?
            while let piece = scanner.next() {
                switch piece {
                case let .text(range):
                    let raw = UnsafeBufferPointer(rebasing: bytes[range])
                    if scanner.inHeading { headings.append(decoding: raw) } else { appendText(decoding: raw) }
                case .space:
                    if scanner.inHeading { headings.appendSpace() } else { texts.append(0x20) }
                case let .heading(next):
                    closeSection(id: id)
                    id = next
                }
            }
            closeSection(id: id)
        }
    }

    /// `sections` as they are (a page indexed from strings: tests, and bodies made elsewhere).
    init(sections: [SearchSection]) {
        headings = SqueezedBytes()
        squeezesTexts = false
        for section in sections {
            headings.append(verbatim: section.heading)
            texts.append(contentsOf: section.text.utf8)
            self.sections.append(Section(id: section.id, heading: headings.close(), text: textStart..<texts.count))
            textStart = texts.count
        }
    }

    private mutating func appendText(decoding raw: UnsafeBufferPointer<UInt8>) {
        guard let base = raw.baseAddress, memchr(base, Int32(UInt8(ascii: "&")), raw.count) != nil else {
            return texts.append(contentsOf: raw)
        }
        if let decoded = CharacterReferences.decoded(ascii: raw) { return texts.append(contentsOf: decoded) }
        texts.append(contentsOf: CharacterReferences.decoded(String(decoding: raw, as: UTF8.self)).utf8)
    }

    /// Ends the section being gathered; the opening text (no id) is kept only when it has text
    /// (white space is none).
    private mutating func closeSection(id: String?) {
        let section = Section(id: id, heading: headings.close(), text: textStart..<texts.count)
        textStart = texts.count
        if id != nil || !isBlank(section.text) { sections.append(section) }
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        texts.withUnsafeBufferPointer { texts in
            var index = range.lowerBound
            while index < range.upperBound {
                let length = SearchSection.whiteSpaceLength(texts, at: index)
                guard length > 0 else { return false }
                index += length
            }
            return true
        }
    }

    /// Calls `body` with the page's headings' and texts' buffers (a section's are its ranges).
    func withBytes<Result>(
        _ body: (_ headings: UnsafeBufferPointer<UInt8>, _ texts: UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        headings.bytes.withUnsafeBufferPointer { headings in
            texts.withUnsafeBufferPointer { texts in body(headings, texts) }
        }
    }

    /// The snippet of a section's text (`texts` from `withBytes`): from HTML, squeezed a piece at a
    /// time only until it holds the 241 code points the cut looks at (what is squeezed is the start
    /// of the whole squeezed text), or whole.
    func snippet(of section: Section, in texts: UnsafeBufferPointer<UInt8>) -> String {
        let raw = UnsafeBufferPointer(rebasing: texts[section.text])
        guard squeezesTexts else { return SearchBody.snippet(of: raw) }
        var squeezed = SqueezedBytes(capacity: min(raw.count, 1_024))
        var end = 0
        var scalars = 0
        while end < raw.count, scalars <= SearchBody.snippetLength {
            // Pieces about as long as the code points still wanted (most bytes are one each).
            var next = min(raw.count, end + SearchBody.snippetLength + 17 - scalars)
            // Not within a character: white space is recognized whole.
            while next < raw.count, raw[next] & 0xc0 == 0x80 { next += 1 }
            let before = squeezed.bytes.count
            squeezed.append(UnsafeBufferPointer(rebasing: raw[end..<next]))
            scalars += squeezed.bytes[before...].reduce(0) { $0 + ($1 & 0xc0 == 0x80 ? 0 : 1) }
            end = next
        }
        if end < raw.count {
            if let cut = squeezed.bytes.withUnsafeBufferPointer({ SearchBody.simpleCut($0) }) { return cut }
            squeezed.append(UnsafeBufferPointer(rebasing: raw[end...]))
        }
        return squeezed.bytes.withUnsafeBufferPointer { SearchBody.snippet(of: $0) }
    }

    /// The sections as strings, whole.
    var searchSections: [SearchSection] {
        withBytes { headings, texts in
            sections.map {
                let raw = UnsafeBufferPointer(rebasing: texts[$0.text])
                var squeezed = SqueezedBytes()
                if squeezesTexts { squeezed.append(raw) }
                return SearchSection(
                    id: $0.id,
                    heading: String(decoding: UnsafeBufferPointer(rebasing: headings[$0.heading]), as: UTF8.self),
                    text: squeezesTexts
                        ? String(decoding: squeezed.bytes, as: UTF8.self) : String(decoding: raw, as: UTF8.self))
            }
        }
    }
}
