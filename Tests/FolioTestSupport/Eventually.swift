/// Waits until `condition` holds, looking again every 20 ms; false if it still does not hold after
/// `timeout`.
///
/// The one way tests wait for something another thread or process does (a server's log line, a stream's
/// event, a subscriber let go). The timeout only bounds a hang: 30 s is far beyond any wait that ends, even
/// on a loaded machine, so it is never a performance limit and a test cannot fail by being slow.
@discardableResult
public func eventually(
    timeout: Duration = .seconds(30), _ condition: () async throws -> Bool
) async rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return try await condition()
}
