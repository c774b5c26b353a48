/// Splits CSV bytes into records the way `CSVTokenizer` splits text, without making a `String` per field:
/// each field is a `Span` of byte offsets into the file, so reading a 1,000,000-row export for a query
/// copies nothing but what SQLite itself keeps.
///
/// It follows the same rules (RFC 4180 quotes, `""` inside quotes, LF, CRLF or lone CR, spaces before a
/// field skipped, white space after a closing quote ignored) but knows only the happy path: anything the
/// text tokenizer would report or treat specially (an unclosed quote, text after a closing quote, a
/// non-ASCII character after one) stops it with `.unsupported`, and the caller hands the file to
/// `CSVReader`, whose diagnostics are then the ones the author sees. Only valid for bytes `CSVByteCheck`
/// accepted, where every ASCII byte is a character of its own (no combining mark joins it).
struct CSVByteTokenizer {
    /// One field: `bytes[start..<end]`, with `""` still doubled when `hasDoubledQuotes`.
    struct Span {
        var start: Int
        var end: Int
        var wasQuoted: Bool
        var hasDoubledQuotes: Bool
    }

    enum Step {
        case record
        case end
        case unsupported
    }

    private enum State {
        case fieldStart
        case unquoted
        case quoted
        case afterClosingQuote
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let separator: UInt8
    private(set) var position: Int

    init(bytes: UnsafeBufferPointer<UInt8>, separator: UInt8, start: Int) {
        self.bytes = bytes
        self.separator = separator
        self.position = start
    }

    /// What one byte did to the record being read.
    private enum Effect {
        case more
        case recordEnds
        case unsupported
    }

    private static var space: UInt8 { 0x20 }
    private static var quote: UInt8 { 0x22 }

    /// Reads the next record into `fields` (emptied first); `.end` when the input is used up.
    mutating func next(into fields: inout [Span]) -> Step {
        fields.removeAll(keepingCapacity: true)
        let count = bytes.count
        guard position < count else { return .end }
        var state = State.fieldStart
        var span = Span(start: position, end: position, wasQuoted: false, hasDoubledQuotes: false)
        var index = position
        while index < count {
            switch read(bytes[index], at: index, state: &state, span: &span, fields: &fields) {
            case .more: index += 1
            case .recordEnds:
                position = Self.afterNewline(at: index, in: bytes)
                return .record
            case .unsupported: return .unsupported
            }
        }
        position = count
        return finish(in: state, span: span, fields: &fields)
    }

    /// One byte of a record: moves `state` on, ends a field or the record. Inlined into `next`'s loop, so
    /// the split costs nothing measurable (bench/HISTORY.md, "The two tokenizers split").
    @inline(__always)
    private func read(_ byte: UInt8, at index: Int, state: inout State, span: inout Span, fields: inout [Span])
        -> Effect
    {
        let isNewline = byte == 0x0A || byte == 0x0D
        switch state {
        case .fieldStart:
            if byte == Self.space, separator != Self.space { return .more }
            if byte == Self.quote {
                state = .quoted
                span = Span(start: index + 1, end: index + 1, wasQuoted: true, hasDoubledQuotes: false)
            } else if byte == separator || isNewline {
                fields.append(Span(start: index, end: index, wasQuoted: false, hasDoubledQuotes: false))
                if isNewline { return .recordEnds }
            } else {
                span = Span(start: index, end: index, wasQuoted: false, hasDoubledQuotes: false)
                state = .unquoted
            }
        case .unquoted:
            if byte == separator || isNewline {
                span.end = index
                fields.append(span)
                if isNewline { return .recordEnds }
                state = .fieldStart
            }
        case .quoted:
            if byte == Self.quote {
                span.end = index
                state = .afterClosingQuote
            }
        case .afterClosingQuote:
            return afterClosingQuote(byte, isNewline: isNewline, state: &state, span: &span, fields: &fields)
        }
        return .more
    }

    /// A byte after a quoted field's closing quote: `""` (a quote inside the field), the field's end,
    /// white space (ignored, as `CSVTokenizer` does), or anything else, which only `CSVReader` reports.
    @inline(__always)
    private func afterClosingQuote(
        _ byte: UInt8, isNewline: Bool, state: inout State, span: inout Span, fields: inout [Span]
    ) -> Effect {
        if byte == Self.quote {
            span.hasDoubledQuotes = true
            state = .quoted
        } else if byte == separator || isNewline {
            fields.append(span)
            if isNewline { return .recordEnds }
            state = .fieldStart
        } else if !(byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == Self.space) {
            return .unsupported
        }
        return .more
    }

    /// The last record, which ends with the input rather than a line break.
    private func finish(in state: State, span: Span, fields: inout [Span]) -> Step {
        let count = bytes.count
        switch state {
        case .quoted:
            return .unsupported
        case .unquoted:
            fields.append(Span(start: span.start, end: count, wasQuoted: false, hasDoubledQuotes: false))
        case .afterClosingQuote:
            fields.append(span)
        case .fieldStart:
            guard !fields.isEmpty else { return .end }
            fields.append(Span(start: count, end: count, wasQuoted: false, hasDoubledQuotes: false))
        }
        return .record
    }

    /// The offset after the line break at `index`: CRLF is one break.
    private static func afterNewline(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
    }

    /// Picks the separator as `CSVTokenizer.detectSeparator` does, reading bytes: `;`, tab or `,`, whichever
    /// occurs most often outside quotes before the first line break (ties in that order); `,` when none.
    static func detectSeparator(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var inQuotes = false
        var index = start
        scan: while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): inQuotes.toggle()
            case 0x0A...0x0D where !inQuotes: break scan
            case UInt8(ascii: ";"), UInt8(ascii: ","), 0x09: if !inQuotes { counts[byte, default: 0] += 1 }
            // U+0085, U+2028 and U+2029 end a line for `Character.isNewline` too.
            case 0xC2 where !inQuotes && index + 1 < bytes.count && bytes[index + 1] == 0x85: break scan
            case 0xE2
            where !inQuotes && index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                break scan
            default: break
            }
            index += 1
        }
        let candidates: [UInt8] = [UInt8(ascii: ";"), 0x09, UInt8(ascii: ",")]
        let most = candidates.map { counts[$0, default: 0] }.max() ?? 0
        guard most > 0 else { return UInt8(ascii: ",") }
        return candidates.first { counts[$0, default: 0] == most } ?? UInt8(ascii: ",")
    }
}
