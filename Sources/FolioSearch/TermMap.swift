/// A map from term numbers (`StemCache`) to numbers, open addressing with a multiplicative hash:
/// a page's body numbers its stems by term, a few hundred lookups a page, millions a build, and
/// `[Int32: Int32]` hashed each key with SipHash (a tenth of the merge's and scoring's time).
/// Keys are never removed.
struct TermMap {
    /// Key + 1 by slot, 0 for an empty slot; a power of two long.
    private var keys: [Int32]
    private var values: [Int32]
    private(set) var count = 0

    /// A map with room for `capacity` keys before it grows.
    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = [Int32](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
    }

    subscript(key: Int32) -> Int32? {
        let slot = find(key)
        return keys[slot] == 0 ? nil : values[slot]
    }

    /// The value of `key`, given `value` first if it has none.
    mutating func value(of key: Int32, orInsert value: Int32) -> Int32 {
        let slot = find(key)
        if keys[slot] != 0 { return values[slot] }
        keys[slot] = key &+ 1
        values[slot] = value
        count += 1
        if count * 2 > keys.count { grow() }
        return value
    }

    /// `key`'s slot, or the empty slot where it would go.
    private func find(_ key: Int32) -> Int {
        let mask = keys.count - 1
        var slot = Self.slot(of: key, mask: mask)
        while keys[slot] != 0, keys[slot] != key &+ 1 { slot = (slot + 1) & mask }
        return slot
    }

    private static func slot(of key: Int32, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: key)) &* 0x9e37_79b9_7f4a_7c15) >> 32) & mask
    }

    private mutating func grow() {
        let old = (keys, values)
        keys = [Int32](repeating: 0, count: old.0.count * 2)
        values = [Int32](repeating: 0, count: old.0.count * 2)
        let mask = keys.count - 1
        for (key, value) in zip(old.0, old.1) where key != 0 {
            var slot = Self.slot(of: key &- 1, mask: mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}
