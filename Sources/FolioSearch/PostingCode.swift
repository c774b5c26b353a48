/// Postings as text the script reads without parsing JSON numbers: each number in digits of five
/// bits, least significant first, from a 64-letter alphabet that needs no escaping in a JSON
/// string; a letter from the alphabet's second half means more digits follow. Numbers below 32
/// (most steps, sections, scores) take one letter, where decimal took up to three and a comma.
enum PostingCode {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func append(_ value: UInt64, to code: inout [UInt8]) {
        var value = value
        while value >= 32 {
            code.append(alphabet[Int(32 + value & 31)])
            value >>= 5
        }
        code.append(alphabet[Int(value)])
    }

    /// The numbers of `code` (tests; the script decodes the same way).
    static func numbers(_ code: String) -> [UInt64] {
        var numbers: [UInt64] = []
        var value: UInt64 = 0
        var shift: UInt64 = 0
        for byte in code.utf8 {
            guard let digit = alphabet.firstIndex(of: byte) else { return numbers }
            if digit >= 32 {
                value |= UInt64(digit - 32) << shift
                shift += 5
            } else {
                numbers.append(value | UInt64(digit) << shift)
                value = 0
                shift = 0
            }
        }
        return numbers
    }
}
