import FolioData
import FolioHTML
import Foundation

/// A chart's, table's or KPI group's numbers as a static CSV file written next to the page
/// (`chart-3.csv`), so readers can take the numbers into a spreadsheet without JavaScript.
///
/// The encoding is chosen to open correctly by double-click in Excel, LibreOffice and Numbers set to
/// Swedish or Romanian: UTF-8 with a byte-order mark (so `å`, `ș`, `ț` survive), `;` between fields
/// (the list separator of both locales, since `,` is their decimal mark), the locale's decimal
/// comma without grouping (`1248,5`), CRLF line ends (RFC 4180), fields quoted only when they hold
/// `;`, `"` or a line break. Percents are written in percent points and durations in minutes, each
/// named in the header (`CSAT (%)`, `Svarstid (min)`), so every number is a number in the sheet.
/// A text cell starting with `=`, `+`, `-` or `@` gets a leading `'`, so no cell runs as a formula.
public struct CSVDownload: Sendable, Hashable {
    /// File name next to the page: the block's id and `.csv`.
    public var fileName: String
    public var bytes: [UInt8]

    public init(fileName: String, bytes: [UInt8]) {
        self.fileName = fileName
        self.bytes = bytes
    }

    /// One column of the file: its header as the reader sees it and how to write its cells.
    public struct Field: Sendable {
        public var header: String
        public var format: ValueFormat?
        public var decimals: Int

        public init(header: String, format: ValueFormat?, decimals: Int) {
            self.header = header
            self.format = format
            self.decimals = decimals
        }
    }

    public static func make(id: String, fields: [Field], rows: [[Cell]], formatter: ValueFormatter) -> CSVDownload {
        var lines = [fields.map { quoted(Self.header(for: $0)) }.joined(separator: ";")]
        for row in rows {
            lines.append(
                fields.indices.map { index in
                    Self.quoted(Self.text(row[index], field: fields[index], formatter: formatter))
                }.joined(separator: ";"))
        }
        let text = lines.joined(separator: "\r\n") + "\r\n"
        return CSVDownload(fileName: id + ".csv", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
    }

    /// The link to the file, placed under the chart, table or tiles.
    public static func link(id: String, strings: ChartStrings) -> String {
        var html = MarkupWriter()
        html.open("p", [("class", "data-download")])
        html.element("a", [("href", id + ".csv"), ("download", "")], text: strings.downloadData)
        html.close("p")
        return html.output
    }

    private static func header(for field: Field) -> String {
        switch field.format {
        case .percent: field.header.contains("%") ? field.header : field.header + " (%)"
        case .duration: field.header + " (min)"
        case .number, nil: field.header
        }
    }

    private static func text(_ cell: Cell, field: Field, formatter: ValueFormatter) -> String {
        guard let format = field.format, let value = cell.number else {
            let shown = cell.isMissing ? "" : formatter.format(cell, as: cell.number == nil ? .text : .number)
            return neutralised(shown)
        }
        switch format {
        case .number: return number(value, decimals: field.decimals, formatter: formatter)
        case .percent: return number(value * 100, decimals: field.decimals, formatter: formatter)
        case .duration: return number(value / 60, decimals: 2, formatter: formatter)
        }
    }

    /// Fixed decimals, no grouping, the locale's decimal mark; `-0` as `0`.
    ///
    /// C's `%.Nf` straight into a buffer: `String(format:)`, `Double(_:)` and `replacingOccurrences`
    /// were 2.3 % of a 10,002-page build's CPU (1,000 charts, `perf`), for the same text.
    static func number(_ value: Double, decimals: Int, formatter: ValueFormatter) -> String {
        guard value.isFinite else { return "" }
        let format = "%.\(max(0, min(decimals, 6)))f"
        // 309 integer digits at most (`Double.greatestFiniteMagnitude`), a sign, a point, 6 decimals.
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 330) { buffer -> String in
            guard let start = buffer.baseAddress else { return "" }
            let written = withVaList([value]) { vsnprintf(start, buffer.count, format, $0) }
            guard written > 0, Int(written) < buffer.count else { return "" }
            // `CChar` and `UInt8` may alias: signed and unsigned forms of one type.
            let bytes = UnsafeBufferPointer(
                start: UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self), count: Int(written))
            // A value that rounds to zero is written without its sign, as `0.0` formats.
            let zero = bytes.allSatisfy {
                $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
            }
            let digits =
                zero && bytes.first == UInt8(ascii: "-") ? UnsafeBufferPointer(rebasing: bytes.dropFirst()) : bytes
            guard let point = digits.firstIndex(of: UInt8(ascii: ".")) else {
                return String(decoding: digits, as: UTF8.self)
            }
            return String(decoding: UnsafeBufferPointer(rebasing: digits[..<point]), as: UTF8.self)
                + String(formatter.decimalMark)
                + String(decoding: UnsafeBufferPointer(rebasing: digits[(point + 1)...]), as: UTF8.self)
        }
    }

    private static func neutralised(_ text: String) -> String {
        guard let first = text.first, "=+-@".contains(first) else { return text }
        return "'" + text
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
