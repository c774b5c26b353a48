/// The identifiers in a SQL text, with their byte offsets: enough to find where a name the error message
/// mentions is written, and which tables a failed query names, without parsing SQL.
///
/// Skips string literals and comments; unquotes `"…"`, `` `…` `` and `[…]` identifiers.
enum SQLWords {
    struct Word: Equatable {
        var text: String
        var offset: Int
    }

    static func words(in sql: String) -> [Word] {
        let bytes = Array(sql.utf8)
        var words: [Word] = []
        var index = 0
        func isWordByte(_ byte: UInt8) -> Bool {
            byte >= 0x80 || byte == 0x5F || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
                || (0x61...0x7A).contains(byte) || byte == 0x24
        }
        func skip(to terminator: UInt8, from start: Int) -> Int {
            var end = start
            while end < bytes.count, bytes[end] != terminator { end += 1 }
            return end
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x27:  // 'string'
                index = skip(to: 0x27, from: index + 1) + 1
            case 0x2D where index + 1 < bytes.count && bytes[index + 1] == 0x2D:  // -- comment
                index = skip(to: 0x0A, from: index)
            case 0x2F where index + 1 < bytes.count && bytes[index + 1] == 0x2A:  // /* comment */
                var end = index + 2
                while end + 1 < bytes.count, !(bytes[end] == 0x2A && bytes[end + 1] == 0x2F) { end += 1 }
                index = end + 2
            case 0x22, 0x60, 0x5B:  // "name", `name`, [name]
                let terminator: UInt8 = byte == 0x5B ? 0x5D : byte
                let end = skip(to: terminator, from: index + 1)
                words.append(
                    Word(
                        text: String(decoding: bytes[(index + 1)..<min(end, bytes.count)], as: UTF8.self), offset: index
                    ))
                index = end + 1
            default:
                guard isWordByte(byte) else {
                    index += 1
                    continue
                }
                var end = index
                while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
                words.append(Word(text: String(decoding: bytes[index..<end], as: UTF8.self), offset: index))
                index = end
            }
        }
        return words
    }
}
