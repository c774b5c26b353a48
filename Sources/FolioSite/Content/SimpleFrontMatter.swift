/// Reads the common front matter, one `key: value` line per known key, without Yams.
///
/// Composing every page's header through Yams (libyaml, nodes, marks, an alias scan) was most of
/// `FrontMatter.split`, 9 % of a 10,002-page build (BENCHMARKS.md). Nearly every header is a few
/// lines such as `title: Kanaler`, `weight: 10`, `date: 2026-02-28`, so those are read here byte by
/// byte. Anything this reader is not certain YAML reads the same way (comments, `: ` inside a
/// value, indicators, escapes, tabs, control or line-breaking characters, `yes`/`on` booleans,
/// octal or hexadecimal numbers, duplicate or unknown keys, any error at all) returns nil, and the
/// caller composes the header with Yams as before, so messages and positions are unchanged.
/// `SimpleFrontMatterTests` checks it against Yams on every header in the fixtures, the playbook
/// and thousands of generated hostile ones.
enum SimpleFrontMatter {
    /// The header between the fences as a typed `FrontMatter`, or nil to let Yams read it.
    static func parse(_ header: UnsafeBufferPointer<UInt8>) -> FrontMatter? {
        var fields: [Key: String] = [:]
        var cursor = 0
        while cursor < header.count {
            let end = header[cursor...].firstIndex(of: 0x0A) ?? header.count
            defer { cursor = end + 1 }
            guard end > cursor else { continue }
            guard let (key, value) = entry(UnsafeBufferPointer(rebasing: header[cursor..<end])),
                fields.updateValue(value, forKey: key) == nil
            else { return nil }
        }
        return frontMatter(fields)
    }

    /// The keys of `FrontMatter.knownKeys`, each with how its value is typed.
    enum Key: CaseIterable {
        case title, description, slug, weight, date, draft, translationKey, sourceRevision

        var name: String {
            switch self {
            case .title: "title"
            case .description: "description"
            case .slug: "slug"
            case .weight: "weight"
            case .date: "date"
            case .draft: "draft"
            case .translationKey: "translationKey"
            case .sourceRevision: "sourceRevision"
            }
        }

        /// Keys whose value is read as a number or a boolean: only plain digits or `true`/`false` pass.
        var isText: Bool { self != .weight && self != .draft }
    }

    private static let keys: [(key: Key, bytes: [UInt8])] = Key.allCases.map { ($0, Array($0.name.utf8)) }

    /// One `key: value` line starting in column 1, or nil if it is anything else.
    private static func entry(_ line: UnsafeBufferPointer<UInt8>) -> (Key, String)? {
        guard
            let (key, nameEnd) = keys.lazy.compactMap({ known -> (Key, Int)? in
                line.starts(with: known.bytes) ? (known.key, known.bytes.count) : nil
            }).first,
            nameEnd + 1 < line.count, line[nameEnd] == UInt8(ascii: ":"), line[nameEnd + 1] == UInt8(ascii: " ")
        else { return nil }
        var start = nameEnd + 1
        var end = line.count
        while start < end, line[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, line[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard start < end else { return nil }
        let value = UnsafeBufferPointer(rebasing: line[start..<end])
        guard value.allSatisfy(isPlainByte), printable(value) else { return nil }
        if key.isText {
            guard let text = quoted(value) ?? plain(value) else { return nil }
            return (key, text)
        }
        return plainWord(value).map { (key, $0) }
    }

    /// `"…"` without `\` or `"` inside, or `'…'` without `'` inside: the text between the quotes.
    private static func quoted(_ value: UnsafeBufferPointer<UInt8>) -> String? {
        guard let quote = value.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
        guard value.count >= 2, value[value.count - 1] == quote else { return nil }
        let inner = UnsafeBufferPointer(rebasing: value[1..<(value.count - 1)])
        guard !inner.contains(quote), !inner.contains(UInt8(ascii: "\\")) else { return nil }
        return String(decoding: inner, as: UTF8.self)
    }

    /// A plain scalar YAML reads as written: no indicator first, no comment, no `: ` inside.
    private static func plain(_ value: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = value.first, !indicators.contains(first), !value.contains(UInt8(ascii: "#")),
            value.last != UInt8(ascii: ":")
        else { return nil }
        for index in value.indices.dropLast() where value[index] == UInt8(ascii: ":") {
            if value[index + 1] == UInt8(ascii: " ") { return nil }
        }
        return String(decoding: value, as: UTF8.self)
    }

    /// ASCII letters, digits and `-` only, not starting with `-` unless a digit follows: the only
    /// `weight` and `draft` values read here.
    private static func plainWord(_ value: UnsafeBufferPointer<UInt8>) -> String? {
        let allowed = { (byte: UInt8) in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == UInt8(ascii: "-")
        }
        guard value.allSatisfy(allowed) else { return nil }
        if value[0] == UInt8(ascii: "-") {
            guard value.count > 1, (0x30...0x39).contains(value[1]) else { return nil }
        }
        return String(decoding: value, as: UTF8.self)
    }

    /// The characters that give a value's first character a meaning in YAML (YAML 1.1, 9.1.3 and
    /// 4.1.2): flow, block, anchor, alias, tag, comment, quote, directive and reserved indicators.
    private static let indicators: Set<UInt8> = Set("-?:,[]{}#&*!|>'\"%@`".utf8)

    /// No ASCII control characters (tab, CR, DEL and the rest): YAML gives tabs and breaks meanings.
    private static func isPlainByte(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != 0x7F
    }

    /// No character libyaml treats as a line break or refuses as non-printable: C1 controls
    /// (U+0080–U+009F, including NEL), the line and paragraph separators U+2028 and U+2029, the
    /// byte-order mark U+FEFF, and U+FFFE/U+FFFF. The bytes are valid UTF-8 (they come from a `String`).
    private static func printable(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in value.indices where value[index] >= 0x80 {
            let next = { (offset: Int) -> UInt8 in index + offset < value.count ? value[index + offset] : 0 }
            switch value[index] {
            case 0xC2 where next(1) < 0xA0: return false
            case 0xE2 where next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9): return false
            case 0xEF where next(1) == 0xBB && next(2) == 0xBF: return false
            case 0xEF where next(1) == 0xBF && (next(2) == 0xBE || next(2) == 0xBF): return false
            default: continue
            }
        }
        return true
    }

    /// The typed header, when every value means what `FrontMatter.parse` would make of it.
    private static func frontMatter(_ fields: [Key: String]) -> FrontMatter? {
        guard let title = fields[.title].map(trimmed), !title.isEmpty else { return nil }
        var matter = FrontMatter(title: title, draft: false)
        matter.description = fields[.description]
        matter.slug = fields[.slug]
        matter.translationKey = fields[.translationKey]
        matter.sourceRevision = fields[.sourceRevision]
        if let date = fields[.date] {
            guard CalendarDay(date) != nil else { return nil }
            matter.date = date
        }
        if let weight = fields[.weight] {
            guard let number = decimal(weight) else { return nil }
            matter.weight = number
        }
        if let draft = fields[.draft] {
            switch draft {
            case "true": matter.draft = true
            case "false": matter.draft = false
            default: return nil
            }
        }
        return matter
    }

    /// `text` trimmed of `.whitespaces`, as `FrontMatter.parse` trims a title; a title that starts
    /// and ends with visible ASCII, as nearly all do, is returned as it is without asking Foundation.
    private static func trimmed(_ text: String) -> String {
        let visible = { (byte: UInt8?) in byte.map { (0x21...0x7E).contains($0) } ?? false }
        if visible(text.utf8.first), visible(text.utf8.last) { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// `0` or a decimal number without a leading zero (YAML reads `010` as octal), at most 18 digits.
    private static func decimal(_ text: String) -> Int? {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        guard digits.first != "0" || text == "0" else { return nil }
        return Int(text)
    }
}
