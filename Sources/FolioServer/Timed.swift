import Foundation

/// A value with how long it took to make: a snapshot's cost decides how often the next is taken.
struct Timed<Value> {
    var value: Value
    let cost: Duration

    init(_ make: () -> Value) {
        let start = ContinuousClock.now
        value = make()
        cost = ContinuousClock.now - start
    }

    /// `cost` times `factor`, and at least `least`: the wait between two looks that keeps them
    /// to 1/`factor` of the time.
    func spacing(factor: Int, least: Duration) -> Duration {
        max(least, cost * factor)
    }
}

extension Timed: Sendable where Value: Sendable {}
