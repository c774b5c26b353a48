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

    /// Reads the next record into `fields` (emptied first); `.end` when the input is used up.
    mutating func next(into fields: inout [Span]) -> Step {
        fields.removeAll(keepingCapacity: true)
        let count = bytes.count
        guard position < count else { return .end }
        var scan = Scan(start: position)
        var index = position
        while index < count {
            switch scan.take(bytes[index], at: index, separator: separator, into: &fields) {
            case .more: index += 1
            case .recordEnds:
                position = Self.afterNewline(at: index, in: bytes)
                return .record
            case .unsupported: return .unsupported
            }
        }
        position = count
        return scan.finish(at: count, into: &fields)
    }

    /// One record's state between two bytes: where it is (`State`) and the field being read.
    private struct Scan {
        enum Taken {
            case more
            case recordEnds
            case unsupported
        }

        var state = State.fieldStart
        var span: Span

        init(start: Int) {
            span = Span(start: start, end: start, wasQuoted: false, hasDoubledQuotes: false)
        }

        @inline(__always)
        mutating func take(_ byte: UInt8, at index: Int, separator: UInt8, into fields: inout [Span]) -> Taken {
            let space = UInt8(ascii: " ")
            let quote = UInt8(ascii: "\"")
            let isNewline = byte == 0x0A || byte == 0x0D
            switch state {
            case .fieldStart:
                if byte == space, separator != space { return .more }
                if byte == quote {
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
                guard byte == separator || isNewline else { return .more }
                span.end = index
                fields.append(span)
                state = .fieldStart
                if isNewline { return .recordEnds }
            case .quoted:
                if byte == quote {
                    span.end = index
                    state = .afterClosingQuote
                }
            case .afterClosingQuote:
                if byte == quote {
                    span.hasDoubledQuotes = true
                    state = .quoted
                } else if byte == separator || isNewline {
                    fields.append(span)
                    state = .fieldStart
                    if isNewline { return .recordEnds }
                } else if !(byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == space) {
                    return .unsupported  // white space after a closing quote is ignored, as `CSVTokenizer` does
                }
            }
            return .more
        }

        /// The last record when the input ends without a line break.
        func finish(at count: Int, into fields: inout [Span]) -> Step {
            var span = span
            switch state {
            case .quoted:
                return .unsupported
            case .unquoted:
                span.end = count
                fields.append(span)
            case .afterClosingQuote:
                fields.append(span)
            case .fieldStart:
                guard !fields.isEmpty else { return .end }
                fields.append(Span(start: count, end: count, wasQuoted: false, hasDoubledQuotes: false))
            }
            return .record
        }
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
