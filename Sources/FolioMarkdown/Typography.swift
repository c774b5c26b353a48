/// Typographic punctuation for a language, from what authors type on a keyboard.
///
/// - `"…"` becomes the language's quotation marks (`QuoteStyle`): Swedish and Finnish ”…”, Romanian
///   „…”, British ‘…’, American “…”, German „…“, Norwegian «…», Danish »…«, alternating open and close.
/// - `'` inside or after a word is the apostrophe ’. A `'…'` quote inside a quote takes the marks
///   each language's style guide gives a quotation within a quotation: ’…’ in Swedish and Finnish,
///   «…» in Romanian, “…” in British English, ‘…’ in American English and Norwegian, ‚…‘ in German
///   and ›…‹ in Danish.
/// - `--` is the en dash – and `---` the em dash —, in every language: all the shipped languages use
///   the spaced en dash as the ordinary dash (`ord -- ord`), and keep the em dash for Romanian
///   dialogue and where an author wants it.
/// - `...` is the ellipsis ….
///
/// Works on the UTF-8 bytes of cmark's text nodes only, so code spans, code blocks, URLs and raw
/// HTML keep what the author typed.
enum Typography {
    /// What carries from one text node to the next within a block (a quote may span `*emphasis*`).
    struct State: Equatable {
        var doubleOpen = false
        var singleOpen = false
        /// The last byte typeset or passed over; 0 at the start of a block.
        var previous: UInt8 = 0
    }

    /// Whether `text` holds anything to typeset: a quote, an apostrophe, `--` or `...`.
    static func mayApply(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in text {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): return true
            case UInt8(ascii: "-"), UInt8(ascii: "."): if previous == byte { return true }
            default: break
            }
            previous = byte
        }
        return false
    }

    /// The typeset bytes of `text`, or nil for `.straight`, which leaves text as written.
    static func typeset(_ text: UnsafeBufferPointer<UInt8>, style: QuoteStyle, state: inout State) -> [UInt8]? {
        guard let quotes = Marks.quotes[style] else { return nil }
        let doubleOpen = quotes.open
        let doubleClose = quotes.close
        let apostrophe = Marks.rightSingle
        let singleOpen = quotes.innerOpen
        let singleClose = quotes.innerClose
        var result: [UInt8] = []
        result.reserveCapacity(text.count + 8)
        var index = 0
        while index < text.count {
            let byte = text[index]
            let next: UInt8 = index + 1 < text.count ? text[index + 1] : 0
            // A combining mark after a quote joins it into one character: leave both alone.
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"), startsCombiningMark(text, index + 1) {
                result.append(byte)
            } else if byte == UInt8(ascii: "\"") {
                result += state.doubleOpen ? doubleClose : doubleOpen
                state.doubleOpen.toggle()
            } else if byte == UInt8(ascii: "'") {
                let afterWord = isWordByte(state.previous)
                if !afterWord, next != 0, !isSpace(next) {
                    result += singleOpen
                    state.singleOpen = true
                } else if state.singleOpen, !isWordByte(next) {
                    result += singleClose
                    state.singleOpen = false
                } else {
                    result += apostrophe
                }
            } else if byte == UInt8(ascii: "-"), next == UInt8(ascii: "-") {
                let em = index + 2 < text.count && text[index + 2] == UInt8(ascii: "-")
                result += em ? Marks.emDash : Marks.enDash
                index += em ? 3 : 2
                state.previous = UInt8(ascii: "-")
                continue
            } else if byte == UInt8(ascii: "."), next == UInt8(ascii: "."), index + 2 < text.count,
                text[index + 2] == UInt8(ascii: ".")
            {
                result += Marks.ellipsis
                index += 3
                state.previous = UInt8(ascii: ".")
                continue
            } else {
                result.append(byte)
            }
            state.previous = byte
            index += 1
        }
        return result
    }

    /// One style's quotation marks as UTF-8 bytes.
    private struct QuoteBytes {
        var open: [UInt8]
        var close: [UInt8]
        var innerOpen: [UInt8]
        var innerClose: [UInt8]
    }

    /// The UTF-8 bytes of each mark, made once.
    private enum Marks {
        /// Every style's quotation marks (`QuoteStyle.quotes`); none for `straight`.
        static let quotes: [QuoteStyle: QuoteBytes] = Dictionary(
            uniqueKeysWithValues: QuoteStyle.allCases.compactMap { style in
                style.quotes.map {
                    let bytes = { (mark: Character) in Array(String(mark).utf8) }
                    return (
                        style,
                        QuoteBytes(
                            open: bytes($0.open), close: bytes($0.close), innerOpen: bytes($0.innerOpen),
                            innerClose: bytes($0.innerClose))
                    )
                }
            })
        static let rightSingle = Array("\u{2019}".utf8)
        static let enDash = Array("\u{2013}".utf8)
        static let emDash = Array("\u{2014}".utf8)
        static let ellipsis = Array("\u{2026}".utf8)
    }

    /// Letters and digits, and every byte of a non-ASCII character (å, ș, …).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }

    /// Whether a combining mark (U+0300–U+036F, the ones Latin text uses) starts at `index`.
    private static func startsCombiningMark(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index + 1 < text.count else { return false }
        let first = text[index]
        let second = text[index + 1]
        return (first == 0xCC && second >= 0x80) || (first == 0xCD && second <= 0xAF)
    }
}
