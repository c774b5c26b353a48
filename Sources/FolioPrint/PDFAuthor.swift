import FolioSite

/// Chromium fills a PDF's Title from `<title>` and its language from `lang`, but no Author, even
/// from `<meta name="author">`. This adds `site.yml`'s `author` the way PDF itself provides for
/// changing a finished file: an incremental update appended at the end (a new version of the
/// Info dictionary, a one-entry cross-reference section and a trailer pointing at the previous
/// one), so no byte Chromium wrote moves. A file not shaped as expected is returned unchanged.
public enum PDFAuthor {
    public static func adding(_ author: String, to pdf: [UInt8]) -> [UInt8] {
        guard !author.isEmpty, let trailerStart = ByteSearch.lastIndex(of: Array("trailer".utf8), in: pdf) else {
            return pdf
        }
        let tail = String(decoding: pdf[trailerStart...], as: UTF8.self)
        guard let info = number(after: "/Info ", in: tail), let root = number(after: "/Root ", in: tail),
            let size = number(after: "/Size ", in: tail), let previous = number(after: "startxref\n", in: tail),
            let objectStart = ByteSearch.firstIndex(of: Array("\n\(info) 0 obj\n".utf8), in: pdf)
        else { return pdf }
        let bodyStart = objectStart + "\n\(info) 0 obj\n".utf8.count
        guard let bodyEnd = ByteSearch.firstIndex(of: Array(">>\nendobj".utf8), in: pdf, from: bodyStart) else {
            return pdf
        }
        let dictionary = String(decoding: pdf[bodyStart..<bodyEnd], as: UTF8.self)
        guard dictionary.hasPrefix("<<"), !dictionary.contains("/Author") else { return pdf }
        var update = Array("\n".utf8)
        let objectOffset = pdf.count + update.count
        update += Array("\(info) 0 obj\n\(dictionary)\n/Author \(hexText(author))>>\nendobj\n".utf8)
        let xrefOffset = pdf.count + update.count
        let offset = String(objectOffset)
        let padded = String(repeating: "0", count: max(0, 10 - offset.count)) + offset
        update += Array(
            ("xref\n\(info) 1\n\(padded) 00000 n \ntrailer\n<</Size \(size)\n/Root \(root) 0 R\n/Info \(info) 0 R\n"
                + "/Prev \(previous)>>\nstartxref\n\(xrefOffset)\n%%EOF\n").utf8)
        return pdf + update
    }

    /// A PDF text string in UTF-16BE with its byte-order mark, as hex: right for any script.
    static func hexText(_ text: String) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var hex: [UInt8] = Array("<FEFF".utf8)
        for unit in text.utf16 {
            for shift in [12, 8, 4, 0] { hex.append(digits[Int((unit >> UInt16(shift)) & 0xF)]) }
        }
        return String(decoding: hex + [UInt8(ascii: ">")], as: UTF8.self)
    }

    private static func number(after key: String, in text: String) -> Int? {
        guard let range = text.range(of: key, options: .backwards) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isASCII && $0.isNumber })
    }
}
