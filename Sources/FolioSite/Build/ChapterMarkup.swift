/// One chapter's rendered HTML made fit to share a document with every other chapter (the print
/// edition): its ids get the chapter's prefix, so `#svarstider` or `chart-1` in two chapters no
/// longer clash, references to them (`href="#…"`, `aria-labelledby`, `url(#…)`, …) follow, links
/// leave through `resolve`, and its headings go one level down, under the chapter's own `<h2>`.
///
/// Pure byte work on Folio's own output: attribute values are always double-quoted and every
/// author text is escaped, so `id="` or `<h2` never appear inside text. It scans UTF-8 bytes
/// rather than running regular expressions over `NSString`s because the edition is assembled on
/// every build and on every chapter edit in `folio serve`, where the Foundation version cost 90 %
/// of a save's time (BENCHMARKS.md, issue 22); `ChapterMarkupTests` holds it to the patterns it
/// replaced.
struct ChapterMarkup: Sendable {
    /// The chapter's anchor: its heading's id and the prefix of every id inside it (`kanaler--svarstider`).
    let anchor: String
    /// The ids the chapter's HTML defines, before prefixing.
    let ids: Set<String>
    let html: String

    init(html: String, anchor: String) {
        self.html = html
        self.anchor = anchor
        ids = Self.ids(in: html)
    }

    /// A chapter whose ids were read from `html` already (`ids(in:)`).
    init(html: String, anchor: String, ids: Set<String>) {
        self.html = html
        self.anchor = anchor
        self.ids = ids
    }

    /// A chapter kept from the last build, by its anchor and ids alone: what links from other
    /// chapters and the contents read. Its HTML is "" (`rewritten` needs the full markup).
    init(anchor: String, ids: Set<String>) {
        html = ""
        self.anchor = anchor
        self.ids = ids
    }

    /// The id a chapter's own `id` becomes in the shared document.
    func prefixed(_ id: String) -> String { anchor + "--" + id }

    /// The chapter's HTML with prefixed ids and references, links passed through `resolve` (which
    /// gets every `href` and `src` that is not a `#fragment`) and headings one level down.
    func rewritten(resolve: (String) -> String) -> String {
        let source = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(source.count + source.count / 8)
        var index = 0
        var copied = 0
        while index < source.count {
            if let attribute = Self.referenceAttribute(in: source, at: index) {
                output.append(contentsOf: source[copied...index])
                let value = String(decoding: source[attribute.value], as: UTF8.self)
                output.append(contentsOf: attribute.name.utf8)
                output.append(contentsOf: "=\"".utf8)
                output.append(contentsOf: rewrite(value, of: attribute.name, resolve: resolve).utf8)
                output.append(UInt8(ascii: "\""))
                index = attribute.value.upperBound + 1
                copied = index
            } else if let id = Self.urlReference(in: source, at: index) {
                output.append(contentsOf: source[copied..<index])
                let name = String(decoding: source[id], as: UTF8.self)
                output.append(contentsOf: "url(#".utf8)
                output.append(contentsOf: (ids.contains(name) ? prefixed(name) : name).utf8)
                output.append(UInt8(ascii: ")"))
                index = id.upperBound + 1
                copied = index
            } else {
                index += 1
            }
        }
        output.append(contentsOf: source[copied...])
        return Self.headingsDown(output)
    }

    private func rewrite(_ value: String, of attribute: String, resolve: (String) -> String) -> String {
        switch attribute {
        case "id": return prefixed(value)
        case "href", "src", "xlink:href":
            if value.hasPrefix("#") {
                let id = String(value.dropFirst())
                return ids.contains(id) ? "#" + prefixed(id) : value
            }
            return resolve(value)
        default:
            return value.split(separator: " ").map { ids.contains(String($0)) ? prefixed(String($0)) : String($0) }
                .joined(separator: " ")
        }
    }

    /// `<h2>` becomes `<h3>` and so on, in one pass so no heading moves twice; `<h6>` stays.
    static func headingsDown(_ html: String) -> String { headingsDown(Array(html.utf8)) }

    private static func headingsDown(_ source: [UInt8]) -> String {
        var output = source
        var index = 0
        while index + 3 < source.count {
            // `<h1`…`<h5` or `</h1`…`</h5`, followed by white space or `>`.
            if source[index] == UInt8(ascii: "<") {
                let h = source[index + 1] == UInt8(ascii: "/") ? index + 2 : index + 1
                if h + 2 < source.count, source[h] == UInt8(ascii: "h"),
                    (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(source[h + 1]),
                    source[h + 2] == UInt8(ascii: ">") || isSpace(source[h + 2])
                {
                    output[h + 1] = source[h + 1] + 1
                    index = h + 2
                    continue
                }
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func ids(in html: String) -> Set<String> {
        let source = Array(html.utf8)
        var found: Set<String> = []
        var index = 0
        while index < source.count {
            if isSpace(source[index]), let value = quotedValue(in: source, after: index + 1, name: idName) {
                found.insert(String(decoding: source[value], as: UTF8.self))
                index = value.upperBound + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// The attributes whose values name ids or links, longest first where one ends another
    /// (`xlink:href` before `href` cannot clash: each must follow white space).
    private static let referenceNames: [(name: String, bytes: [UInt8])] = [
        "id", "href", "src", "xlink:href", "aria-labelledby", "aria-describedby", "aria-controls", "for", "headers",
    ].map { ($0, Array($0.utf8)) }
    /// By byte: whether one of `referenceNames` begins with it.
    private static let referenceInitials: [Bool] = (0...255).map { byte in
        referenceNames.contains { $0.bytes.first == UInt8(byte) }
    }
    private static let idName = Array("id".utf8)
    private static let urlOpening = Array("url(#".utf8)

    /// At `index`, white space then one of `referenceNames` then `="value"`: the name and the
    /// value's byte range (without its quotes).
    private static func referenceAttribute(in source: [UInt8], at index: Int) -> (name: String, value: Range<Int>)? {
        // Most white space is between words: only the names' first letters are looked at further.
        guard isSpace(source[index]), index + 1 < source.count, referenceInitials[Int(source[index + 1])]
        else { return nil }
        for candidate in referenceNames {
            if let value = quotedValue(in: source, after: index + 1, name: candidate.bytes) {
                return (candidate.name, value)
            }
        }
        return nil
    }

    /// At `start`, `name="…"`: the value's byte range, up to the next `"`.
    private static func quotedValue(in source: [UInt8], after start: Int, name: [UInt8]) -> Range<Int>? {
        let open = start + name.count
        guard open + 1 < source.count, source[open] == UInt8(ascii: "="), source[open + 1] == UInt8(ascii: "\"")
        else { return nil }
        for offset in 0..<name.count where source[start + offset] != name[offset] { return nil }
        var end = open + 2
        while end < source.count, source[end] != UInt8(ascii: "\"") { end += 1 }
        return end < source.count ? (open + 2)..<end : nil
    }

    /// At `index`, `url(#id)` with no `"`, white space or `)` in the id: the id's byte range.
    private static func urlReference(in source: [UInt8], at index: Int) -> Range<Int>? {
        guard source[index] == UInt8(ascii: "u"), index + urlOpening.count <= source.count else { return nil }
        for offset in 0..<urlOpening.count where source[index + offset] != urlOpening[offset] { return nil }
        var end = index + urlOpening.count
        while end < source.count {
            let byte = source[end]
            if byte == UInt8(ascii: ")") { return (index + urlOpening.count)..<end }
            if byte == UInt8(ascii: "\"") || isSpace(byte) { return nil }
            end += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
