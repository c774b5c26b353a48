/// What each template can read, found by scanning its tags, and whether its output depends on
/// the view only through the view's shape and the values it prints.
///
/// A template qualifies for `CompiledTemplate` when it and every partial and parent it reaches use
/// plain names only: variables, sections, inverted sections, partials, parents and blocks, comments
/// and pragmas. Such a template decides what to print from booleans, empty or present optionals
/// and list lengths, and prints each value escaped or as it is. Anything that looks at a value in
/// another way disqualifies it, and swift-mustache then renders every page of it:
/// transforms (`{{uppercased(title)}}`), the implicit iterator (`{{.}}`, which prints a whole value),
/// dynamic partials (`{{>*name}}`), changed delimiters, and indented standalone partials or blocks
/// (swift-mustache indents their lines after values ending in a line break).
struct TemplateUsage: Sendable, Equatable {
    /// Every name segment a qualifying template can read, through the partials and parents it
    /// reaches; templates that do not qualify are absent.
    let names: [String: Set<String>]

    init(sources: [String: String]) {
        let scans = sources.mapValues(TemplateScan.init)
        var names: [String: Set<String>] = [:]
        for template in sources.keys {
            var seen: Set<String> = []
            var pending = [template]
            var reachable: Set<String> = []
            var qualifies = true
            while let next = pending.popLast() {
                guard seen.insert(next).inserted else { continue }
                // A missing partial renders as nothing, whatever the view holds.
                guard let scan = scans[next] else { continue }
                guard scan.qualifies else {
                    qualifies = false
                    break
                }
                reachable.formUnion(scan.names)
                pending.append(contentsOf: scan.includes)
            }
            if qualifies { names[template] = reachable }
        }
        self.names = names
    }
}

/// The tags of one template's source.
struct TemplateScan: Sendable {
    var names: Set<String> = []
    /// Partials and parents it renders (`{{> name}}`, `{{< name}}`).
    var includes: Set<String> = []
    var qualifies = true

    init(_ source: String) {
        let bytes = Array(source.utf8)
        var index = 0
        var lineStart = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                lineStart = index + 1
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{")
            else {
                index += 1
                continue
            }
            let triple = index + 2 < bytes.count && bytes[index + 2] == UInt8(ascii: "{")
            let open = index + (triple ? 3 : 2)
            let closer = Array((triple ? "}}}" : "}}").utf8)
            guard let close = ByteSearch.firstIndex(of: closer, in: bytes, from: open) else {
                qualifies = false
                return
            }
            let indented =
                index > lineStart && bytes[lineStart..<index].allSatisfy { $0 == 0x20 || $0 == 0x09 }
            read(tag: Array(bytes[open..<close]), triple: triple, indented: indented)
            if let newline = bytes[open..<close].lastIndex(of: 0x0A) { lineStart = newline + 1 }
            index = close + closer.count
            if !qualifies { return }
        }
    }

    private mutating func read(tag raw: [UInt8], triple: Bool, indented: Bool) {
        let tag = String(decoding: raw, as: UTF8.self).trimmed
        guard let sigil = tag.first else {
            qualifies = false
            return
        }
        if triple {
            use(name: tag)
            return
        }
        switch sigil {
        // A closing tag names what its opening tag named already.
        case "!", "%", "/": return
        case "#", "^", "&":
            use(name: String(tag.dropFirst()).trimmed)
        case ">", "<", "$":
            let name = String(tag.dropFirst()).trimmed
            if indented { qualifies = false }
            guard Self.isPlainName(name), !name.contains(".") else {
                qualifies = false
                return
            }
            if sigil != "$" { includes.insert(name) }
        default:
            use(name: tag)
        }
    }

    private mutating func use(name: String) {
        guard Self.isPlainName(name) else {
            qualifies = false
            return
        }
        for part in name.split(separator: ".") { names.insert(String(part)) }
    }

    /// `title`, `strings.contents`: ASCII letters, digits, `_` and `-` between single dots.
    static func isPlainName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty
            && parts.allSatisfy { part in
                !part.isEmpty
                    && part.utf8.allSatisfy { byte in
                        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
                    }
            }
    }
}

extension String {
    fileprivate var trimmed: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
