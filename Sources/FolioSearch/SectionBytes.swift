/// One section's heading and text while `SearchSection.sections(ofHTML:)` gathers them: UTF-8
/// with every run of white space already one space and none at the start (the end's is never
/// written: a space waits for the next character), so the strings are made once, squeezed.
struct SectionBytes {
    let id: String?
    private var heading = Squeezed()
    private var text = Squeezed()

    init(id: String?) {
        self.id = id
    }

    /// Appends the HTML's text at `range`, its character references decoded.
    mutating func append(_ html: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, toHeading: Bool) {
        let raw = UnsafeBufferPointer(rebasing: html[range])
        if raw.contains(UInt8(ascii: "&")) {
            var decoded = CharacterReferences.decoded(String(decoding: raw, as: UTF8.self))
            decoded.withUTF8 { toHeading ? heading.append($0) : text.append($0) }
        } else if toHeading {
            heading.append(raw)
        } else {
            text.append(raw)
        }
    }

    /// Appends a word break.
    mutating func append(space toHeading: Bool) {
        if toHeading { heading.appendSpace() } else { text.appendSpace() }
    }

    var section: SearchSection {
        SearchSection(id: id, heading: heading.string, text: text.string)
    }

    /// Bytes with white space squeezed as they are appended (see `SearchSection.squeezed`; white
    /// space is never split between two appends: text is cut only at tags, and a reference is
    /// decoded whole).
    struct Squeezed {
        var bytes: [UInt8] = []
        var space = false

        /// Appends `chunk`, its runs of words with single spaces between them whole (most bytes
        /// are neither white space nor the lead byte of any).
        mutating func append(_ chunk: UnsafeBufferPointer<UInt8>) {
            var index = 0
            while index < chunk.count {
                let length = SearchSection.whiteSpaceLength(chunk, at: index)
                if length > 0 {
                    space = !bytes.isEmpty
                    index += length
                    continue
                }
                // A run goes on over single spaces between words: they need no squeezing.
                var end = index + 1
                while end < chunk.count {
                    if chunk[end] == 0x20, end + 1 < chunk.count, !Self.mayStartWhiteSpace(chunk[end + 1]) {
                        end += 2
                    } else if Self.mayStartWhiteSpace(chunk[end]) {
                        break
                    } else {
                        end += 1
                    }
                }
                if space { bytes.append(0x20) }
                space = false
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[index..<end]))
                index = end
            }
        }

        /// Whether a white space character can start with `byte` (see `SearchSection.whiteSpaceLength`).
        @inline(__always) private static func mayStartWhiteSpace(_ byte: UInt8) -> Bool {
            byte <= 0x20 || byte == 0xc2 || (byte >= 0xe1 && byte <= 0xe3)
        }

        mutating func appendSpace() {
            space = !bytes.isEmpty
        }

        var string: String { String(decoding: bytes, as: UTF8.self) }
    }
}

/// The character references Folio's escaper writes, and numeric ones, decoded.
enum CharacterReferences {
    static func decoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let tail = rest[amp...]
            guard let semicolon = tail.prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let name = tail[tail.index(after: tail.startIndex)..<semicolon]
            result += Self.character(name) ?? String(tail[...semicolon])
            rest = tail[tail.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func character(_ name: Substring) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
