#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Pattern search over bytes, for the scanners that work on Folio's own output as UTF-8 or PDF
/// bytes (templates, the print edition, PDF metadata) instead of bridging through `NSString`.
/// One copy, so each scanner states what it looks for and not how to look. (The standard library's
/// `firstRange(of:)` does the same job about 90× slower on a PDF's 6 MB.)
public enum ByteSearch {
    /// The first index at or after `start` where `pattern` begins in `bytes`; nil for an empty pattern.
    /// The pattern's first byte is found with `memchr`, the rest compared with `memcmp`: a byte at a
    /// time in Swift, the print edition's passes over 10,000 sections were a tenth of its time
    /// (bench/pages-from-data).
    public static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int = 0) -> Int? {
        let start = max(0, start)
        guard let first = pattern.first, start + pattern.count <= bytes.count else { return nil }
        return bytes.withUnsafeBytes { haystack in
            pattern.withUnsafeBytes { needle -> Int? in
                guard let base = haystack.baseAddress, let wanted = needle.baseAddress else { return nil }
                let last = haystack.count - needle.count
                var position = start
                while position <= last {
                    guard let hit = memchr(base + position, Int32(first), last - position + 1) else { return nil }
                    let index = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + index, wanted, needle.count) == 0 { return index }
                    position = index + 1
                }
                return nil
            }
        }
    }

    /// The last index where `pattern` begins in `bytes`; nil for an empty pattern.
    public static func lastIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard let first = pattern.first else { return nil }
        var index = bytes.count - pattern.count
        while index >= 0 {
            if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index -= 1
        }
        return nil
    }

    /// `text` with every occurrence of `target` replaced, left to right, without overlaps.
    public static func replacingAll(_ target: String, with replacement: String, in text: String) -> String {
        let bytes = Array(text.utf8)
        let pattern = Array(target.utf8)
        var output: [UInt8] = []
        var copied = 0
        while let found = firstIndex(of: pattern, in: bytes, from: copied) {
            output.append(contentsOf: bytes[copied..<found])
            output.append(contentsOf: replacement.utf8)
            copied = found + pattern.count
        }
        guard copied > 0 else { return text }
        output.append(contentsOf: bytes[copied...])
        return String(decoding: output, as: UTF8.self)
    }
}
