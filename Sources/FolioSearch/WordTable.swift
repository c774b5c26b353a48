import Foundation

/// A set of words as UTF-8 bytes, each numbered in the order it was first seen: the words of one
/// page body, looked up once per occurrence. Bytes in one buffer, an open-addressing table of
/// FNV-1a hashes: a `[String: Int32]` made a string per occurrence and hashed it with Unicode
/// normalization.
struct WordTable {
    private var bytes: [UInt8] = []
    /// Each word's start in `bytes`; its end is the next word's start (or `bytes.count`).
    private var starts: [Int] = []
    /// Word number + 1 by hash slot, 0 for an empty slot; a power of two long.
    private var slots = [Int32](repeating: 0, count: 256)
    private var hashes: [UInt64] = []

    var count: Int { starts.count }

    /// The number of `word`, and whether it was seen here for the first time.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) -> (number: Int32, isNew: Bool) {
        insert(word, hash: Self.hash(word))
    }

    /// `insert(_:)` of a word whose `hash` is known (a word of another table: `hash(of:)`).
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (number: Int32, isNew: Bool) {
        let (slot, found) = find(word, hash: hash)
        if let found { return (found, false) }
        let number = starts.count
        starts.append(bytes.count)
        bytes.append(contentsOf: word)
        hashes.append(hash)
        slots[slot] = Int32(number + 1)
        if starts.count * 2 > slots.count { grow() }
        return (Int32(number), true)
    }

    /// The number of `word`, nil when it is not here; `hash` is its `hash(_:)`, when known.
    func number(of word: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> Int32? {
        find(word, hash: hash ?? Self.hash(word)).number
    }

    /// The hash of word `number` (`hash(_:)` of its bytes), kept.
    func hash(of number: Int) -> UInt64 { hashes[number] }

    /// `word`'s number or the empty slot where it would go.
    private func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, number: Int32?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let number = Int(slots[slot] - 1)
            if hashes[number] == hash, equals(number, word) { return (slot, Int32(number)) }
            slot = (slot + 1) & mask
        }
        return (slot, nil)
    }

    /// Whether word `number` is `word`, byte for byte: eight bytes at a time, inline (words are
    /// short, and a call to `memcmp` for each cost more than the comparing).
    private func equals(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number]
        let end = number + 1 < starts.count ? starts[number + 1] : bytes.count
        let count = word.count
        guard end - start == count else { return false }
        guard let other = word.baseAddress, count > 0 else { return true }
        return bytes.withUnsafeBufferPointer { stored in
            guard let base = stored.baseAddress else { return false }
            let mine = UnsafeRawPointer(base + start)
            let theirs = UnsafeRawPointer(other)
            var index = 0
            while index + 8 <= count {
                let same =
                    mine.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    == theirs.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                guard same else { return false }
                index += 8
            }
            while index < count {
                guard
                    mine.load(fromByteOffset: index, as: UInt8.self)
                        == theirs.load(fromByteOffset: index, as: UInt8.self)
                else { return false }
                index += 1
            }
            return true
        }
    }

    /// A hash of `word` eight bytes at a time (the table is looked up for every word of every
    /// page: a byte at a time was a tenth of indexing). Only its equality matters: numbers go by
    /// first sight, so the files never depend on it.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = 0x9e37_79b9_7f4a_7c15 ^ UInt64(word.count)
        var index = 0
        while index + 8 <= word.count {
            let chunk = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(word)[index..<(index + 8)])
            hash = mix(hash ^ chunk.loadUnaligned(as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        while index < word.count {
            tail = tail << 8 | UInt64(word[index])
            index += 1
        }
        return mix(hash ^ tail)
    }

    @inline(__always) private static func mix(_ value: UInt64) -> UInt64 {
        var value = value &* 0xff51_afd7_ed55_8ccd
        value ^= value >> 32
        value = value &* 0xc4ce_b9fe_1a85_ec53
        return value ^ value >> 29
    }

    /// Calls `body` with word `number`'s bytes.
    func withWord<Result>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        word(number).withUnsafeBufferPointer(body)
    }

    /// Word `number` as a string.
    func string(_ number: Int) -> String { String(decoding: word(number), as: UTF8.self) }

    private func word(_ number: Int) -> ArraySlice<UInt8> {
        bytes[starts[number]..<(number + 1 < starts.count ? starts[number + 1] : bytes.count)]
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }
}
