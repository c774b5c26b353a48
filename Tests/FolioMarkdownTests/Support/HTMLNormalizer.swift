import FolioHTML

/// HTML put in one canonical form before two renderings are compared, as cmark-gfm's spec runner
/// (`test/normalize.py`) does: whitespace collapsed outside `<pre>` and dropped around block tags,
/// attributes sorted, `/>` and `>` alike, character references decoded and escaped one way.
enum HTMLNormalizer {
    /// From `normalize.py`'s list: whitespace next to these tags is not significant.
    private static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "iframe", "blockquote", "hr", "body", "li", "map", "button", "object",
        "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div", "section", "dl",
        "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption", "th", "figure", "thead",
        "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style",
    ]

    private enum Last { case start, end, data, other }

    static func normalize(_ html: String) -> String {
        var output = ""
        var last = Last.other
        var lastTag = ""
        var inPre = false
        var rest = Substring(html)
        while !rest.isEmpty {
            if rest.hasPrefix("<!--"), let end = rest.range(of: "-->") {
                output += rest[..<end.upperBound]
                rest = rest[end.upperBound...]
                last = .other
            } else if let tag = Tag(parsing: &rest) {
                if tag.name == "pre" { inPre = !tag.isEnd }
                if blockTags.contains(tag.name) { trimTrailingWhitespace(&output) }
                output += tag.text
                last = tag.isEnd ? .end : .start
                lastTag = tag.name
            } else {
                let end = rest.dropFirst().firstIndex(of: "<") ?? rest.endIndex
                var data = escaped(decoded(String(rest[..<end])))
                rest = rest[end...]
                let afterTag = last == .start || last == .end
                if afterTag, lastTag == "br" { data = String(data.drop { $0 == "\n" }) }
                if !inPre { data = collapsed(data) }
                if afterTag, blockTags.contains(lastTag), !inPre {
                    data = String(data.drop { $0 == " " })
                    if last == .end { while data.last == " " { data.removeLast() } }
                }
                output += data
                last = .data
            }
        }
        trimTrailingWhitespace(&output)
        return String(output.drop { $0 == " " || $0 == "\n" })
    }

    /// A start or end tag: lower-case name, attributes sorted, values decoded and escaped again.
    private struct Tag {
        var name: String
        var isEnd: Bool
        var text: String

        init?(parsing rest: inout Substring) {
            guard rest.first == "<", let second = rest.dropFirst().first, second.isLetter || second == "/" else {
                return nil
            }
            var index = rest.index(after: rest.startIndex)
            var quote: Character?
            while index < rest.endIndex {
                let character = rest[index]
                if let open = quote {
                    if character == open { quote = nil }
                } else if character == "\"" || character == "'" {
                    quote = character
                } else if character == ">" {
                    break
                }
                index = rest.index(after: index)
            }
            guard index < rest.endIndex else { return nil }
            var inside = rest[rest.index(after: rest.startIndex)..<index]
            rest = rest[rest.index(after: index)...]
            isEnd = inside.first == "/"
            if isEnd { inside = inside.dropFirst() }
            if inside.last == "/" { inside = inside.dropLast() }
            let nameEnd = inside.firstIndex { $0 == " " || $0 == "\n" || $0 == "\t" } ?? inside.endIndex
            name = inside[..<nameEnd].lowercased()
            let attributes = Self.attributes(inside[nameEnd...]).sorted { $0 < $1 }
            text = "<" + (isEnd ? "/" : "") + name + attributes.map { " " + $0 }.joined() + ">"
        }

        /// `name="value"` for each attribute, or the bare name.
        private static func attributes(_ text: Substring) -> [String] {
            var result: [String] = []
            var rest = text
            while true {
                rest = rest.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
                guard !rest.isEmpty else { break }
                let nameEnd = rest.firstIndex { " \n\t=".contains($0) } ?? rest.endIndex
                let name = rest[..<nameEnd].lowercased()
                rest = rest[nameEnd...].drop { $0 == " " || $0 == "\n" || $0 == "\t" }
                guard rest.first == "=" else {
                    result.append(name)
                    continue
                }
                rest = rest.dropFirst().drop { $0 == " " }
                var value: Substring
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    let body = rest.dropFirst()
                    let close = body.firstIndex(of: quote) ?? body.endIndex
                    value = body[..<close]
                    rest = close < body.endIndex ? body[body.index(after: close)...] : body[close...]
                } else {
                    let close = rest.firstIndex { $0 == " " || $0 == "\n" || $0 == "\t" } ?? rest.endIndex
                    value = rest[..<close]
                    rest = rest[close...]
                }
                result.append(name + "=\"" + HTMLNormalizer.escaped(HTMLNormalizer.decoded(String(value))) + "\"")
            }
            return result
        }
    }

    private static func trimTrailingWhitespace(_ text: inout String) {
        while let last = text.last, last == " " || last == "\n" || last == "\t" { text.removeLast() }
    }

    private static func collapsed(_ text: String) -> String {
        var result = ""
        var inSpace = false
        for character in text {
            if character == " " || character == "\n" || character == "\t" || character == "\r" {
                if !inSpace { result.append(" ") }
                inSpace = true
            } else {
                result.append(character)
                inSpace = false
            }
        }
        return result
    }

    private static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]

    /// The text with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and numeric references decoded;
    /// other named references are left as written (both sides write them the same).
    static func decoded(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[amp...]
            if let semicolon = rest.prefix(12).firstIndex(of: ";") {
                let body = rest[rest.index(after: rest.startIndex)..<semicolon]
                if let value = named[String(body)] {
                    result += value
                    rest = rest[rest.index(after: semicolon)...]
                    continue
                }
                if body.hasPrefix("#") {
                    let digits = body.dropFirst()
                    let number =
                        digits.first == "x" || digits.first == "X"
                        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                    if let number, let scalar = Unicode.Scalar(number) {
                        result.unicodeScalars.append(scalar)
                        rest = rest[rest.index(after: semicolon)...]
                        continue
                    }
                }
            }
            result += "&"
            rest = rest.dropFirst()
        }
        return result + rest
    }

    /// One escaper for both sides: Folio's own.
    static func escaped(_ text: String) -> String { Markup.escaped(text) }
}
