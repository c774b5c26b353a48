/// One pass over a CSV file's bytes that says whether the byte-level reader may read it: valid UTF-8 with
/// no byte-order mark past the start, and no character that Swift's grapheme rules would join to a
/// neighbouring ASCII byte (a combining accent after a `,` or `"` makes one `Character` with it, so the
/// text tokenizer does not see a separator there).
///
/// Files it refuses are read by `CSVReader` as before: it reports the bad byte at its line and column, or
/// reads the unusual text correctly. Exports almost never hold such characters (Swedish and Romanian
/// letters are precomposed), so refusing is rare and costs only speed.
enum CSVByteCheck {
    /// The offset the data starts at (3 after a leading byte-order mark), or `nil` to use `CSVReader`.
    static func start(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        let start = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var index = start
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard let (scalar, length) = decode(bytes, at: index), !isJoining(scalar) else { return nil }
            index += length
        }
        return start
    }

    /// The scalar at `index` and its length in bytes, or `nil` for a malformed sequence (Unicode's table of
    /// well-formed UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        let lead = bytes[index]
        let length: Int
        let secondRange: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        default: return nil
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return nil }
        var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        return (scalar, length)
    }

    /// Marks (Mn, Mc, Me), format characters (Cf: ZWJ, a byte-order mark), modifier symbols and letters
    /// (Sk, Lm: emoji skin tones, half-width sound marks), unassigned code points, and the few letters
    /// whose grapheme class is Prepend or SpacingMark. Broader than the grapheme rules, on purpose.
    private static func isJoining(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .modifierSymbol, .modifierLetter,
            .unassigned, .surrogate, .privateUse:
            return true
        default:
            return prependOrSpacing.contains(value)
        }
    }

    private static let prependOrSpacing: Set<UInt32> = [
        0x0D4E, 0x0E33, 0x0EB3, 0x111C2, 0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84, 0x11A85, 0x11A86, 0x11A87,
        0x11A88, 0x11A89, 0x11D46, 0x11F02,
    ]
}
