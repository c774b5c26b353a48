import FolioDiagnostics

/// Splits CSV text into records following RFC 4180: quoted fields may hold separators, line breaks and
/// doubled quotes (`""`); records end with LF, CRLF or CR. Positions are 1-based lines and character columns.
///
/// One deviation, for hand-edited files: spaces around a quoted field are ignored.
struct CSVTokenizer: Sendable {
    var separator: Character
    var path: String

    private enum State {
        case fieldStart
        case unquoted
        case quoted
        case afterClosingQuote
    }

    /// Picks `;`, tab or `,`, whichever occurs most often outside quotes on the first line (ties in that
    /// order, since a `;` header is a Nordic export and a `,` may be a decimal comma); `,` when none occurs.
    static func detectSeparator(in text: String) -> Character {
        var counts: [Character: Int] = [:]
        var inQuotes = false
        for character in text {
            if character == "\"" {
                inQuotes.toggle()
            } else if !inQuotes, character.isNewline {
                break
            } else if !inQuotes, character == ";" || character == "," || character == "\t" {
                counts[character, default: 0] += 1
            }
        }
        let candidates: [Character] = [";", "\t", ","]
        let best = candidates.max { counts[$0, default: 0] < counts[$1, default: 0] }
        guard let best, counts[best, default: 0] > 0 else { return "," }
        return candidates.first { counts[$0, default: 0] == counts[best, default: 0] } ?? best
    }

    /// The records of `text`, each field with where it starts.
    /// - Throws: a located `Diagnostic` for text after a closing quote or a quote never closed.
    func records(in text: String) throws -> [CSVRecord] {
        var reader = RecordReader(separator: separator, path: path)
        for character in text { try reader.read(character) }
        return try reader.finish()
    }

    /// The record being read and where the tokenizer is, one character at a time: `records(in:)`'s loop
    /// as a value, so each state's rule is a method of its own.
    private struct RecordReader {
        let separator: Character
        let path: String
        var records: [CSVRecord] = []
        var fields: [CSVRecord.Field] = []
        var field = ""
        var state = State.fieldStart
        var line = 1
        var column = 1
        var fieldLine = 1
        var fieldColumn = 1
        var recordLine = 1
        var wasQuoted = false

        init(separator: Character, path: String) {
            self.separator = separator
            self.path = path
        }

        mutating func read(_ character: Character) throws {
            let isNewline = character == "\n" || character == "\r\n" || character == "\r"
            switch state {
            case .fieldStart:
                startField(with: character, isNewline: isNewline)
            case .unquoted:
                if character == separator {
                    endField()
                    state = .fieldStart
                } else if isNewline {
                    endRecord()
                    state = .fieldStart
                } else {
                    field.append(character)
                }
            case .quoted:
                if character == "\"" {
                    state = .afterClosingQuote
                } else {
                    field.append(character)
                }
            case .afterClosingQuote:
                try readAfterClosingQuote(character, isNewline: isNewline)
            }
            if isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }

        private mutating func startField(with character: Character, isNewline: Bool) {
            if fields.isEmpty && field.isEmpty { recordLine = line }
            fieldLine = line
            fieldColumn = column
            if character == " ", separator != " " {
                return  // spaces before a field (and before its opening quote) are not part of it
            } else if character == "\"" {
                state = .quoted
                wasQuoted = true
            } else if character == separator {
                endField()
            } else if isNewline {
                endRecord()
            } else {
                field.append(character)
                state = .unquoted
            }
        }

        private mutating func readAfterClosingQuote(_ character: Character, isNewline: Bool) throws {
            if character == "\"" {
                field.append("\"")
                state = .quoted
            } else if character == separator {
                endField()
                state = .fieldStart
            } else if isNewline {
                endRecord()
                state = .fieldStart
            } else if !character.isWhitespace {
                throw Diagnostic(
                    SourceLocation(path: path, line: line, column: column),
                    "unexpected '\(character)' after the closing quote of a field",
                    hint: "Put the whole field in quotes and write a quote inside it as two quotes (\"\")."
                )
            }
        }

        /// The records once the text has ended: the last one needs no line break.
        mutating func finish() throws -> [CSVRecord] {
            switch state {
            case .quoted:
                throw Diagnostic(
                    SourceLocation(path: path, line: fieldLine, column: fieldColumn),
                    "quoted field is never closed",
                    hint: "Add the closing quote (\"), or write a quote inside a quoted field as two quotes (\"\")."
                )
            case .unquoted, .afterClosingQuote:
                endRecord()
            case .fieldStart:
                fieldLine = line
                fieldColumn = column
                if !fields.isEmpty { endRecord() }
            }
            return records
        }

        private mutating func endField() {
            fields.append(CSVRecord.Field(text: field, line: fieldLine, column: fieldColumn, wasQuoted: wasQuoted))
            field = ""
            wasQuoted = false
        }

        private mutating func endRecord() {
            endField()
            records.append(CSVRecord(fields: fields, line: recordLine, endLine: line, endColumn: column))
            fields = []
        }
    }
}
