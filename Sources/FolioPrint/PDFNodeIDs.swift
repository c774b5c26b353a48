/// Chromium's tagged PDFs give each structure element an `/ID (node00001567)` taken from the
/// browser's own node counter, which measured one or two apart between two prints of the same
/// page (in the Swedish playbook, 170 bytes of 10 MB). Numbering them by first appearance instead
/// (`node00000001`, …) makes two prints equal; every occurrence of one id, in the elements and in
/// the structure tree's id index, gets the same new number, with as many digits, so no offset moves.
public enum PDFNodeIDs {
    public static func renumbered(_ pdf: [UInt8]) -> [UInt8] {
        let open = Array("(node".utf8)
        var bytes = pdf
        // Keys are copies: a slice of `bytes` kept as a key would hold the whole file alive, and each
        // replacement below would then copy it (17 GB for the playbook's edition once its data tables
        // printed open: thousands of ids, each a 10 MB copy).
        var numbers: [[UInt8]: [UInt8]] = [:]
        var index = 0
        while index + open.count < bytes.count {
            guard bytes[index] == open[0], bytes[index..<index + open.count].elementsEqual(open) else {
                index += 1
                continue
            }
            let start = index + open.count
            var end = start
            while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
            index = end
            guard end > start, end < bytes.count, bytes[end] == UInt8(ascii: ")") else { continue }
            let old = Array(bytes[start..<end])
            let new: [UInt8]
            if let known = numbers[old] {
                new = known
            } else {
                let digits = Array(String(numbers.count + 1).utf8)
                guard digits.count <= old.count else { continue }
                new = Array(repeating: UInt8(ascii: "0"), count: old.count - digits.count) + digits
                numbers[old] = new
            }
            bytes.replaceSubrange(start..<end, with: new)
        }
        return bytes
    }
}
