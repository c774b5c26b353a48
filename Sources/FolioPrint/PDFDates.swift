import FolioSite

/// Chromium stamps every PDF with the moment it printed it, in the Info dictionary's
/// `/CreationDate (D:20261130161436+00'00')` and `/ModDate (…)`: measured, the only bytes that
/// differ between two prints of the same page by the same Chromium. Writing the content's own
/// date there instead (the newest page's, at 00:00 UTC) makes the PDF a function of the site.
///
/// The change is done in place with exactly as many bytes, so the cross-reference table's offsets
/// stay right; a date not in that shape (no 14 digits, a zone of another length) is left as it is.
public enum PDFDates {
    /// `pdf` with every creation and modification date set to `isoDate` (`2026-11-30`).
    public static func stamped(_ pdf: [UInt8], isoDate: String) -> [UInt8] {
        let digits = Array(isoDate.utf8.filter { $0 != UInt8(ascii: "-") })
        guard digits.count == 8, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return pdf
        }
        let stamp = digits + Array("000000".utf8)
        let zone = Array("+00'00'".utf8)
        var bytes = pdf
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let pattern = Array(key.utf8)
            var index = 0
            while let found = ByteSearch.firstIndex(of: pattern, in: bytes, from: index) {
                let start = found + pattern.count
                index = start
                guard start + 14 <= bytes.count, bytes[start..<start + 14].allSatisfy(isDigit) else { continue }
                bytes.replaceSubrange(start..<start + 14, with: stamp)
                let zoneStart = start + 14
                if zoneStart + zone.count < bytes.count, bytes[zoneStart + zone.count] == UInt8(ascii: ")"),
                    [UInt8(ascii: "+"), UInt8(ascii: "-")].contains(bytes[zoneStart])
                {
                    bytes.replaceSubrange(zoneStart..<zoneStart + zone.count, with: zone)
                }
            }
        }
        return bytes
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
