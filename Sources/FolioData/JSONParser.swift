import FolioDiagnostics

/// A small RFC 8259 JSON parser that keeps positions and key order, which `JSONSerialization` gives neither of.
///
/// Columns count Unicode scalars. Nesting is capped at `maximumDepth` so a hostile file cannot overflow the stack.
struct JSONParser {
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private let path: String
    private var index = 0
    private var line = 1
    private var column = 1

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// Parses the whole document; anything but whitespace after the top-level value is an error.
    mutating func parseDocument() throws -> JSONNode {
        skipWhitespace()
        let node = try parseValue(depth: 0)
        skipWhitespace()
        guard index == bytes.count else { throw problem("unexpected text after the end of the JSON value") }
        return node
    }

    private mutating func parseValue(depth: Int) throws -> JSONNode {
        guard depth < Self.maximumDepth else { throw problem("JSON is nested more than \(Self.maximumDepth) levels") }
        let (startLine, startColumn) = (line, column)
        guard let byte = peek() else { throw problem("unexpected end of file, expected a value") }
        let value: JSONNode.Value
        switch byte {
        case UInt8(ascii: "{"): value = .object(try parseObject(depth: depth))
        case UInt8(ascii: "["): value = .array(try parseArray(depth: depth))
        case UInt8(ascii: "\""): value = .string(try parseString())
        case UInt8(ascii: "t"): try expect("true"); value = .bool(true)
        case UInt8(ascii: "f"): try expect("false"); value = .bool(false)
        case UInt8(ascii: "n"): try expect("null"); value = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let literal = try parseNumberLiteral()
            guard let number = Double(literal) else { throw problem("number '\(literal)' is out of range") }
            value = .number(number, literal: literal)
        default:
            throw problem("unexpected character '\(Character(Unicode.Scalar(byte)))', expected a value")
        }
        return JSONNode(value: value, line: startLine, column: startColumn)
    }

    private mutating func parseObject(depth: Int) throws -> [JSONNode.Member] {
        advance()
        var members: [JSONNode.Member] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { advance(); return members }
        while true {
            skipWhitespace()
            let (keyLine, keyColumn) = (line, column)
            guard peek() == UInt8(ascii: "\"") else { throw problem("expected a quoted key") }
            let key = try parseString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw problem("expected ':' after key \"\(key)\"") }
            advance()
            skipWhitespace()
            let value = try parseValue(depth: depth + 1)
            members.append(JSONNode.Member(key: key, line: keyLine, column: keyColumn, value: value))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "}"): advance(); return members
            default: throw problem("expected ',' or '}' in object")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws -> [JSONNode] {
        advance()
        var elements: [JSONNode] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") { advance(); return elements }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "]"): advance(); return elements
            default: throw problem("expected ',' or ']' in array")
            }
        }
    }

    private mutating func parseString() throws -> String {
        advance()
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
            run.removeAll(keepingCapacity: true)
        }
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                flush()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush()
                advance()
                scalars.append(try parseEscape())
            case 0..<0x20:
                throw problem("control character in string; write line breaks as \\n")
            default:
                run.append(byte)
                advance()
            }
        }
        throw problem("string is never closed")
    }

    private mutating func parseEscape() throws -> Unicode.Scalar {
        guard let byte = peek() else { throw problem("string is never closed") }
        advance()
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4()
            if (0xD800..<0xDC00).contains(high) {
                guard peek() == UInt8(ascii: "\\") else { throw problem("unpaired UTF-16 surrogate in \\u escape") }
                advance()
                guard peek() == UInt8(ascii: "u") else { throw problem("unpaired UTF-16 surrogate in \\u escape") }
                advance()
                let low = try parseHex4()
                guard (0xDC00..<0xE000).contains(low),
                    let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                else { throw problem("unpaired UTF-16 surrogate in \\u escape") }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else { throw problem("unpaired UTF-16 surrogate in \\u escape") }
            return scalar
        default:
            throw problem("unknown escape '\\\(Character(Unicode.Scalar(byte)))' in string")
        }
    }

    private mutating func parseHex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek(), let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
                throw problem("expected four hex digits after \\u")
            }
            value = value * 16 + UInt32(digit)
            advance()
        }
        return value
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, RFC 8259 section 6.
    private mutating func parseNumberLiteral() throws -> String {
        let start = index
        if peek() == UInt8(ascii: "-") { advance() }
        guard digits() > 0 else { throw problem("expected digits in number") }
        if peek() == UInt8(ascii: ".") {
            advance()
            guard digits() > 0 else { throw problem("expected digits after '.' in number") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            advance()
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { advance() }
            guard digits() > 0 else { throw problem("expected digits in exponent") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func digits() -> Int {
        var count = 0
        while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            advance()
            count += 1
        }
        return count
    }

    private mutating func expect(_ word: String) throws {
        for expected in word.utf8 {
            guard peek() == expected else { throw problem("unexpected word, expected '\(word)'") }
            advance()
        }
    }

    private mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { advance() }
    }

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Moves one byte on; a new column starts at each byte that is not a UTF-8 continuation byte.
    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private func problem(_ message: String) -> Diagnostic {
        Diagnostic(
            SourceLocation(path: path, line: line, column: column),
            "invalid JSON: \(message)",
            hint: "Check the JSON syntax here: quoted keys, commas between items, no trailing comma."
        )
    }
}
