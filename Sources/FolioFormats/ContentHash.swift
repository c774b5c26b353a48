/// A short, stable content hash (64-bit FNV-1a, hex) for fingerprinted file names such as
/// `style.3f2a9c1e.css`: same bytes, same name, on every machine.
public enum ContentHash {
    public static func hex(_ bytes: [UInt8], length: Int = 8) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(length))
    }
}
