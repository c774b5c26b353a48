import Foundation

/// SplitMix64: a small seeded generator for randomized tests, so a failing round can be made
/// again from the seed the test prints.
public struct SeededRandom: RandomNumberGenerator {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SeededRandom {
    /// The seed of a randomized test: `variable` from the environment when set (to replay a run), else a
    /// new one; printed as `NAME seed S (replay with VARIABLE=S)`, so a failing run can be made again.
    public static func seed(_ name: String, variable: String) -> UInt64 {
        let seed =
            ProcessInfo.processInfo.environment[variable].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64.max)
        print("\(name) seed \(seed) (replay with \(variable)=\(seed))")
        return seed
    }
}
