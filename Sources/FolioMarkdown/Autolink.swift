/// GFM extended autolinks in running text: `www.…`, `http://…`, `https://…`, `ftp://…` and e-mail
/// addresses, with the rules of cmark-gfm's `extensions/autolink.c` (0.29.0.gfm): where a link may
/// start, which trailing punctuation it leaves out, how an unbalanced `)` or an entity ends it.
///
/// Works on the bytes of one cmark text node; the caller never passes text from code spans,
/// links or raw HTML, where a URL must stay as written.
struct Autolink: Equatable {
    /// Byte range of the link's text in the node.
    var range: Range<Int>
    /// The link's destination (`http://` added to `www.`, `mailto:` to an address).
    var destination: String

    /// Every autolink in `text`, in order: URLs first, as cmark-gfm finds them while parsing
    /// inlines, then addresses in the text between them, as its post-processing does.
    static func find(in text: [UInt8]) -> [Autolink] {
        var urls: [Autolink] = []
        var index = 0
        while index < text.count {
            var link: Autolink?
            if text[index] == UInt8(ascii: ":") {
                link = url(in: text, colon: index, from: urls.last?.range.upperBound ?? 0)
            } else if text[index] == UInt8(ascii: "w") {
                link = www(in: text, at: index)
            }
            if let link {
                urls.append(link)
                index = link.range.upperBound
            } else {
                index += 1
            }
        }
        var found: [Autolink] = []
        var start = 0
        for link in urls + [nil] {
            let end = link?.range.lowerBound ?? text.count
            found += emails(in: text, from: start, to: end)
            if let link {
                found.append(link)
                start = link.range.upperBound
            }
        }
        return found
    }

    /// `www.` at `start`, after the start of the text, whitespace or one of `*`, `_`, `~`, `(`.
    private static func www(in text: [UInt8], at start: Int) -> Autolink? {
        if start > 0 {
            let before = text[start - 1]
            guard isSpace(before) || "*_~(".utf8.contains(before) else { return nil }
        }
        guard text[start...].starts(with: "www.".utf8) else { return nil }
        let data = text[start...]
        let domain = domainLength(data, allowsShort: false)
        guard domain > 0 else { return nil }
        var end = start + domain
        while end < text.count, !isSpace(text[end]) { end += 1 }
        end = start + delimitedLength(text[start..<end])
        guard end > start else { return nil }
        return Autolink(range: start..<end, destination: "http://" + String(decoding: text[start..<end], as: UTF8.self))
    }

    /// `scheme://…` around the `:` at `colon`: the letters before it (back to `from`) must be
    /// `http`, `https` or `ftp`, in any case, and a host character must follow `//`.
    private static func url(in text: [UInt8], colon: Int, from: Int) -> Autolink? {
        guard colon + 3 < text.count, text[colon + 1] == UInt8(ascii: "/"), text[colon + 2] == UInt8(ascii: "/")
        else { return nil }
        var start = colon
        while start > from, isAlpha(text[start - 1]) { start -= 1 }
        let scheme = String(decoding: text[start..<colon], as: UTF8.self).lowercased()
        guard ["http", "https", "ftp"].contains(scheme), isHostCharacter(text[(colon + 3)...]) else { return nil }
        let domain = domainLength(text[(colon + 3)...], allowsShort: true)
        guard domain > 0 else { return nil }
        var end = colon + 3 + domain
        while end < text.count, !isSpace(text[end]) { end += 1 }
        end = colon + delimitedLength(text[colon..<end])
        guard end > colon else { return nil }
        let written = String(decoding: text[start..<end], as: UTF8.self)
        return Autolink(range: start..<end, destination: written)
    }

    /// The length of a host at the start of `data` (its first character already checked):
    /// host characters, `-`, `_` and periods; none when a `_` is in the last two segments, and
    /// none without a period unless `allowsShort`. As cmark-gfm, the last byte is never looked at.
    private static func domainLength(_ data: ArraySlice<UInt8>, allowsShort: Bool) -> Int {
        var index = 1
        var periods = 0
        var underscoresBefore = 0
        var underscores = 0
        let base = data.startIndex
        while index < data.count - 1 {
            let byte = data[base + index]
            if byte == UInt8(ascii: "_") {
                underscores += 1
            } else if byte == UInt8(ascii: ".") {
                underscoresBefore = underscores
                underscores = 0
                periods += 1
            } else if byte != UInt8(ascii: "-"), !isHostCharacter(data[(base + index)...]) {
                break
            }
            index += 1
        }
        if underscoresBefore > 0 || underscores > 0 { return 0 }
        return allowsShort || periods > 0 ? index : 0
    }

    /// The link's length after the trailing rules: nothing from a `<` on; `?!.,:*_~'"` left out;
    /// a `)` only when the link has more `)` than `(`; an entity reference (`&hellip;`) or a lone
    /// `;` at the end left out.
    private static func delimitedLength(_ data: ArraySlice<UInt8>) -> Int {
        let base = data.startIndex
        var end = data.firstIndex(of: UInt8(ascii: "<")).map { $0 - base } ?? data.count
        while end > 0 {
            let last = data[base + end - 1]
            if "?!.,:*_~'\"".utf8.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ";") {
                var entity = end - 2
                while entity > 0, isAlpha(data[base + entity]) { entity -= 1 }
                if entity >= 0, entity < end - 2, data[base + entity] == UInt8(ascii: "&") {
                    end = entity
                } else {
                    end -= 1
                }
            } else if last == UInt8(ascii: ")") {
                let opens = data[base..<(base + end)].filter { $0 == UInt8(ascii: "(") }.count
                let closes = data[base..<(base + end)].filter { $0 == UInt8(ascii: ")") }.count
                guard closes > opens else { break }
                end -= 1
            } else {
                break
            }
        }
        return end
    }

    /// The e-mail addresses in `text[from..<to]`: `[A-Za-z0-9.+_-]+` before an `@` (not after a
    /// `/`), then letters, digits, `-`, `_` and periods followed by a letter or digit, at least
    /// one period, ending in a letter or a period (which the trailing rules then drop).
    private static func emails(in text: [UInt8], from: Int, to: Int) -> [Autolink] {
        var found: [Autolink] = []
        var offset = from
        while offset < to, let at = text[offset..<to].firstIndex(of: UInt8(ascii: "@")) {
            let floor = offset
            offset = at + 1
            var start = at
            var slash = false
            while start > floor {
                let byte = text[start - 1]
                if isAlphanumeric(byte) || ".+-_".utf8.contains(byte) {
                    start -= 1
                    continue
                }
                slash = byte == UInt8(ascii: "/")
                break
            }
            guard start < at, !slash else { continue }
            var end = at
            var ats = 0
            var periods = 0
            while end < to {
                let byte = text[end]
                if isAlphanumeric(byte) {
                } else if byte == UInt8(ascii: "@") {
                    ats += 1
                } else if byte == UInt8(ascii: "."), end < to - 1, isAlphanumeric(text[end + 1]) {
                    periods += 1
                } else if byte != UInt8(ascii: "-"), byte != UInt8(ascii: "_") {
                    break
                }
                end += 1
            }
            guard end - at >= 2, ats == 1, periods > 0, isAlpha(text[end - 1]) || text[end - 1] == UInt8(ascii: ".")
            else { continue }
            let length = delimitedLength(text[at..<end])
            guard length > 0 else { continue }
            let range = start..<(at + length)
            found.append(Autolink(range: range, destination: "mailto:" + String(decoding: text[range], as: UTF8.self)))
            offset = range.upperBound
        }
        return found
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    private static func isAlpha(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isAlpha(byte) || (0x30...0x39).contains(byte)
    }

    /// Whether the character at the start of `data` may be part of a host: neither whitespace nor
    /// punctuation (ASCII, or a Unicode punctuation category), as cmark-gfm's `is_valid_hostchar`.
    private static func isHostCharacter(_ data: ArraySlice<UInt8>) -> Bool {
        guard let first = data.first else { return false }
        if first < 0x80 { return !isSpace(first) && !isASCIIPunctuation(first) && first > 0x20 }
        var decoder = UTF8()
        var iterator = data.prefix(4).makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return true
        }
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }
}
