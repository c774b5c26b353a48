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

    /// `decoded(_:)` of ASCII text without a CR, on bytes (nil for other text): there every
    /// character is one byte, so the same references are found. Code blocks' quotes come as
    /// `&quot;`, and making a string of each text run to decode it was a fifth of the split.
    static func decoded(ascii bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0d }) else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                result.append(byte)
                index += 1
                continue
            }
            // As `decoded(_:)`: a `;` among the ten characters from the `&` on.
            let limit = min(bytes.count, index + 10)
            var semicolon = index + 1
            while semicolon < limit, bytes[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
            guard semicolon < limit else {
                result.append(byte)
                index += 1
                continue
            }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<semicolon]), as: UTF8.self)
            if let character = Self.character(Substring(name)) {
                result.append(contentsOf: character.utf8)
            } else {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index...semicolon]))
            }
            index = semicolon + 1
        }
        return result
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
