import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// `ByteSearch.firstIndex` finds a pattern's first byte with `memchr` and compares the rest with
/// `memcmp`: on random bytes from small alphabets (near misses, overlaps, patterns at the ends) it
/// must find what the byte-at-a-time loop it replaced finds, kept here as the oracle.
@Suite struct ByteSearchTests {
    static func oracle(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first else { return nil }
        var index = max(0, start)
        while index + pattern.count <= bytes.count {
            if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    @Test func findsWhatAByteAtATimeSearchFinds() {
        let seed = SeededRandom.seed("ByteSearchTests", variable: "FOLIO_BYTE_SEARCH_SEED")
        var random = SeededRandom(seed: seed)
        for _ in 0..<5_000 {
            let alphabet = Array("<ab/".utf8).prefix(Int.random(in: 1...4, using: &random))
            let bytes = (0..<Int.random(in: 0...60, using: &random)).map { _ in
                alphabet.randomElement(using: &random) ?? 0
            }
            let pattern = (0..<Int.random(in: 0...4, using: &random)).map { _ in
                alphabet.randomElement(using: &random) ?? 0
            }
            let start = Int.random(in: -2...(bytes.count + 2), using: &random)
            #expect(
                ByteSearch.firstIndex(of: pattern, in: bytes, from: start)
                    == Self.oracle(pattern, in: bytes, from: start),
                "seed \(seed): \(pattern) in \(bytes) from \(start)")
        }
    }

    @Test func replacesEveryOccurrenceLeftToRight() {
        #expect(ByteSearch.replacingAll("aa", with: "b", in: "aaaaa") == "bba")
        #expect(ByteSearch.replacingAll("ș", with: "s", in: "Timișoara ș") == "Timisoara s")
        #expect(ByteSearch.replacingAll("x", with: "y", in: "") == "")
    }
}
