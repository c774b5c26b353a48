import Foundation

/// Splits text into index words as UTF-8 bytes, lowercased, without making a `String` per word:
/// indexing handles every word of every page (7 million at 10,000 pages), and making each one a
/// string, lowercasing it and hashing it with Unicode normalization was most of search's build
/// time. `SearchWords.words` is this scan with a string per word.
struct WordScanner {
    /// Lowercase of each scalar U+0080–U+07FF (two UTF-8 bytes) whose lowercase is one scalar of
    /// two bytes too, or 0 when a word holding it goes through `String.lowercased()`: the few
    /// whose lowercase is longer (İ) or depends on the word (Σ at a word's end).
    static let lowercaseTable: [UInt16] = (0..<0x800).map { value -> UInt16 in
        guard value >= 0x80, value != 0x3a3, let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        let lower = String(scalar).lowercased().unicodeScalars
        guard lower.count == 1, let first = lower.first, first.value >= 0x80, first.value < 0x800 else { return 0 }
        return UInt16(first.value)
    }

    /// Whether each scalar U+0000–U+07FF is part of a word (`SearchWords.isWordScalar`), looked up
    /// rather than asking for its general category.
    static let wordTable: [Bool] = (0..<0x800).map { value in
        Unicode.Scalar(UInt32(value)).map(SearchWords.isWordScalar) ?? false
    }

    /// Turkish, Azeri and Lithuanian lowercase by rules of their own: their words all go through
    /// Foundation, as do words with a letter outside the table.
    private let ownRules: Bool
    /// As the browser lowercases a query (`toLocaleLowerCase`): in the language's way, and Σ at a
    /// word's end as ς, which `String.lowercased()` does not do.
    private let locale: Locale
    /// The word being read, lowercased.
    private var word: [UInt8] = []

    init(language: String) {
        ownRules = ["tr", "az", "lt"].contains(String(language.prefix(2)))
        locale = Locale(identifier: language)
        word.reserveCapacity(64)
    }

    /// Calls `body` with each word of `text`, lowercased, as UTF-8 bytes valid until it returns.
    /// The tables are read through pointers taken once: a global read each byte cost a check
    /// that it was made.
    mutating func scan(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { scan($0, body) }
    }

    /// Calls `body` with each word of `bytes` (valid UTF-8), as `scan(_:_:)` does for a string.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        Self.wordTable.withUnsafeBufferPointer { wordTable in
            Self.lowercaseTable.withUnsafeBufferPointer { lowercase in
                scan(bytes, wordTable: wordTable, lowercase: lowercase, body)
            }
        }
    }

    private mutating func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, wordTable: UnsafeBufferPointer<Bool>,
        lowercase: UnsafeBufferPointer<UInt16>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var start = -1
        var simple = true
        // Whether the word so far is already lowercase: then it is handed over where it stands,
        // and `word` is filled only from its first capital on (most words have none).
        var asWritten = true
        var index = 0
        while index < bytes.count {
            // ASCII first, most bytes of most text: a lowercase letter or digit goes on a word as it
            // is, a space or punctuation ends one, without decoding a scalar or asking a table.
            let byte = bytes[index]
            if (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) {
                if start < 0 {
                    start = index
                    simple = !ownRules
                    asWritten = true
                } else if simple && !asWritten {
                    word.append(byte)
                }
                index += 1
                continue
            }
            if byte < 0x30 || (byte > 0x39 && byte < 0x41) {
                if start >= 0 {
                    emit(bytes, from: start, to: index, simple: simple, asWritten: asWritten, body)
                    start = -1
                }
                index += 1
                continue
            }
            let (scalar, length) = SearchWords.scalar(bytes, at: index)
            let isWord = scalar.value < 0x800 ? wordTable[Int(scalar.value)] : SearchWords.isWordScalar(scalar)
            if isWord {
                if start < 0 {
                    start = index
                    simple = !ownRules
                    asWritten = true
                }
                if simple && asWritten && !Self.isLowercase(bytes, at: index, length: length, lowercase: lowercase) {
                    asWritten = false
                    word.removeAll(keepingCapacity: true)
                    word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                }
                if simple && !asWritten { simple = append(bytes, at: index, length: length, lowercase: lowercase) }
            } else if start >= 0 {
                emit(bytes, from: start, to: index, simple: simple, asWritten: asWritten, body)
                start = -1
            }
            index += length
        }
        if start >= 0 { emit(bytes, from: start, to: bytes.count, simple: simple, asWritten: asWritten, body) }
    }

    /// Whether the scalar at `index` is its own lowercase by the table (ASCII or two bytes).
    @inline(__always) private static func isLowercase(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int, lowercase: UnsafeBufferPointer<UInt16>
    ) -> Bool {
        let byte = bytes[index]
        if length == 1 { return byte < 0x41 || byte > 0x5a }
        guard length == 2 else { return false }
        let value = Int(byte & 0x1f) << 6 | Int(bytes[index + 1] & 0x3f)
        return Int(lowercase[value]) == value
    }

    /// Appends the scalar at `index` lowercased; false when the word must go through `String`.
    @inline(__always) private mutating func append(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int, lowercase: UnsafeBufferPointer<UInt16>
    ) -> Bool {
        let byte = bytes[index]
        if length == 1 {
            word.append(byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte)
            return true
        }
        guard length == 2 else { return false }
        let value = Int(byte & 0x1f) << 6 | Int(bytes[index + 1] & 0x3f)
        let lower = lowercase[value]
        guard lower != 0 else { return false }
        word.append(0xc0 | UInt8(lower >> 6))
        word.append(0x80 | UInt8(lower & 0x3f))
        return true
    }

    private mutating func emit(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, simple: Bool, asWritten: Bool,
        _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        if simple && asWritten {
            body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            return
        }
        if !simple {
            let original = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            word = Array(original.lowercased(with: locale).utf8)
        }
        word.withUnsafeBufferPointer(body)
    }
}
