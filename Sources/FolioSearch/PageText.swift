/// A page body's sections as UTF-8: each section's id, and its heading and text as ranges of two
/// buffers for the whole page. What `SearchBody` indexes: its words are read from these bytes and
/// only the snippets are made strings (a section's whole text as a string was made, checked as
/// UTF-8 and read again only to be scanned and cut).
struct PageText {
    struct Section {
        let id: String?
        let heading: Range<Int>
        let text: Range<Int>
    }

    private(set) var sections: [Section] = []
    private var headings: SqueezedBytes
    private var texts: SqueezedBytes

    /// A rendered body's sections (`SearchSection.sections(ofHTML:)`): its HTML split at every
    /// `<h2 id>` and `<h3 id>`, tags dropped (charts' SVG and scripts with their contents),
    /// character references decoded, white space squeezed.
    init(html: String) {
        var html = html
        headings = SqueezedBytes()
        texts = SqueezedBytes(capacity: html.utf8.count)
        html.withUTF8 { bytes in
            var scanner = HTMLText(bytes)
            var id: String?
            while let piece = scanner.next() {
                switch piece {
                case let .text(range):
                    let raw = UnsafeBufferPointer(rebasing: bytes[range])
                    if scanner.inHeading { headings.append(decoding: raw) } else { texts.append(decoding: raw) }
                case .space:
                    if scanner.inHeading { headings.appendSpace() } else { texts.appendSpace() }
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
        texts = SqueezedBytes()
        for section in sections {
            headings.append(verbatim: section.heading)
            texts.append(verbatim: section.text)
            self.sections.append(Section(id: section.id, heading: headings.close(), text: texts.close()))
        }
    }

    /// Ends the section being gathered; the opening text (no id) is kept only when it has text.
    private mutating func closeSection(id: String?) {
        let section = Section(id: id, heading: headings.close(), text: texts.close())
        if id != nil || !section.text.isEmpty { sections.append(section) }
    }

    /// Calls `body` with the page's headings' and texts' buffers (a section's are its ranges).
    func withBytes<Result>(
        _ body: (_ headings: UnsafeBufferPointer<UInt8>, _ texts: UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        headings.bytes.withUnsafeBufferPointer { headings in
            texts.bytes.withUnsafeBufferPointer { texts in body(headings, texts) }
        }
    }

    /// The sections as strings, whole.
    var searchSections: [SearchSection] {
        withBytes { headings, texts in
            sections.map {
                SearchSection(
                    id: $0.id,
                    heading: String(decoding: UnsafeBufferPointer(rebasing: headings[$0.heading]), as: UTF8.self),
                    text: String(decoding: UnsafeBufferPointer(rebasing: texts[$0.text]), as: UTF8.self))
            }
        }
    }
}
