import Synchronization

/// Values computed once per key and shared across threads, for small pure computations that
/// repeat with the same input: a page date formatted for a locale (per `PageRenderer`), a chart
/// value or tick formatted by a `ValueFormatter`. Each ICU call costs microseconds; repeating
/// them was 2–4 % of a large build's time.
public final class Memo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let values = Mutex<[Key: Value]>([:])

    public init() {}

    /// The value for `key`, computing it with `make` the first time (two threads may both compute
    /// it; `make` is pure, so either result is the same).
    public func value(for key: Key, make: (Key) -> Value) -> Value {
        if let hit = values.withLock({ $0[key] }) { return hit }
        let made = make(key)
        values.withLock { $0[key] = made }
        return made
    }
}
