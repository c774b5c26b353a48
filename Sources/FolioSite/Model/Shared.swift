/// A value shared by reference, immutable: copying what holds it costs one retain, not a copy of
/// every string and array in it. Build results (page bodies reused across builds, where copies
/// were a fifth of a warm rebuild) and `Page`'s fields are kept in one.
final class Shared<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
