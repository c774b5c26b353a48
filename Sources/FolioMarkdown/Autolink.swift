/// GFM extended autolinks in running text: `www.…`, `http://…`, `https://…` and e-mail addresses,
/// with the spec's rules for where a link may start, which trailing punctuation it leaves out and
/// how an unbalanced closing parenthesis ends it.
///
/// Works on the bytes of one cmark text node; the caller never passes text from code spans,
/// links or raw HTML, where a URL must stay as written.
struct Autolink: Equatable {
    /// Byte range of the link's text in the node.
    var range: Range<Int>
    /// The link's destination (`http://` added to `www.`, `mailto:` to an address).
    var destination: String

    /// Every autolink in `text`, in order.
    static func find(in text: [UInt8]) -> [Autolink] {
        var found: [Autolink] = []
        var index = 0
        while index < text.count {
            let byte = text[index]
            var link: Autolink?
            if byte == UInt8(ascii: "w") || byte == UInt8(ascii: "W") || byte == UInt8(ascii: "h")
                || byte == UInt8(ascii: "H")
            {
                link = url(in: text, at: index)
            } else if byte == UInt8(ascii: "@") {
                link = email(in: text, at: index, after: found.last?.range.upperBound ?? 0)
            }
            if let link {
                found.append(link)
                index = link.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// A `www.` or `http(s)://` link starting at `start`, which must follow the start of the text,
    /// whitespace or one of `*`, `_`, `~`, `(`.
    private static func url(in text: [UInt8], at start: Int) -> Autolink? {
        if start > 0 {
            let before = text[start - 1]
            guard isSpace(before) || "*_~(".utf8.contains(before) else { return nil }
        }
        let prefix: String
        let domainStart: Int
        if hasPrefix(text, start, "www.") {
            prefix = "http://"
            domainStart = start
        } else if hasPrefix(text, start, "http://") {
            prefix = ""
            domainStart = start + 7
        } else if hasPrefix(text, start, "https://") {
            prefix = ""
            domainStart = start + 8
        } else {
            return nil
        }
        guard let domainEnd = domain(in: text, from: domainStart) else { return nil }
        var end = domainEnd
        while end < text.count, !isSpace(text[end]), text[end] != UInt8(ascii: "<") { end += 1 }
        end = trimmedEnd(text, start: start, end: end)
        guard end > domainStart else { return nil }
        let written = String(decoding: text[start..<end], as: UTF8.self)
        return Autolink(range: start..<end, destination: prefix + written)
    }

    /// The end of a valid domain at `start`: segments of letters, digits, `_` and `-` separated by
    /// periods, at least one period, no `_` in the last two segments.
    private static func domain(in text: [UInt8], from start: Int) -> Int? {
        var index = start
        var segments: [Range<Int>] = []
        var segmentStart = start
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: ".") {
                guard index > segmentStart else { break }
                segments.append(segmentStart..<index)
                segmentStart = index + 1
            } else if !(isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")) {
                break
            }
            index += 1
        }
        if index > segmentStart { segments.append(segmentStart..<index) }
        guard segments.count >= 2 else { return nil }
        for segment in segments.suffix(2) where text[segment].contains(UInt8(ascii: "_")) { return nil }
        // A period right after the last segment is punctuation, not part of the domain.
        return segments[segments.count - 1].upperBound
    }

    /// The link's end after the spec's trailing rules: `?!.,:*_~` are left out, a `)` only when
    /// the link has more `)` than `(`, and an entity reference (`&hellip;`) before a final `;`.
    private static func trimmedEnd(_ text: [UInt8], start: Int, end: Int) -> Int {
        var end = end
        var opens = 0
        var closes = 0
        for byte in text[start..<end] {
            if byte == UInt8(ascii: "(") { opens += 1 } else if byte == UInt8(ascii: ")") { closes += 1 }
        }
        while end > start {
            let last = text[end - 1]
            if "?!.,:*_~".utf8.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ")"), closes > opens {
                closes -= 1
                end -= 1
            } else if last == UInt8(ascii: ";") {
                var entity = end - 2
                while entity >= start, isAlphanumeric(text[entity]) { entity -= 1 }
                guard entity >= start, entity < end - 2, text[entity] == UInt8(ascii: "&") else { return end }
                end = entity
            } else {
                return end
            }
        }
        return end
    }

    /// An e-mail address around the `@` at `at`: `[A-Za-z0-9.+_-]+` before it (not reaching back
    /// before `after`), a domain of `[A-Za-z0-9_-]` segments with a period after it, ending in a
    /// letter or digit.
    private static func email(in text: [UInt8], at: Int, after: Int) -> Autolink? {
        var start = at
        while start > after, isLocal(text[start - 1]) { start -= 1 }
        guard start < at else { return nil }
        if start > 0, text[start - 1] >= 0x80 || text[start - 1] == UInt8(ascii: "/") { return nil }
        var end = at + 1
        var periods = 0
        while end < text.count {
            let byte = text[end]
            if byte == UInt8(ascii: ".") {
                guard end + 1 < text.count, isDomain(text[end + 1]) else { break }
                periods += 1
            } else if !isDomain(byte) {
                break
            }
            end += 1
        }
        guard periods > 0, end > at + 1 else { return nil }
        let last = text[end - 1]
        guard last != UInt8(ascii: "-"), last != UInt8(ascii: "_") else { return nil }
        let written = String(decoding: text[start..<end], as: UTF8.self)
        return Autolink(range: start..<end, destination: "mailto:" + written)
    }

    private static func hasPrefix(_ text: [UInt8], _ start: Int, _ prefix: String) -> Bool {
        let bytes = Array(prefix.utf8)
        guard start + bytes.count <= text.count else { return false }
        for (offset, byte) in bytes.enumerated() where text[start + offset] | 0x20 != byte | 0x20 { return false }
        return true
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// ASCII letters and digits, and every byte of a non-ASCII character (`www.exempel.se/sök`).
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
    }

    private static func isLocal(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_")
    }

    private static func isDomain(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}
