import ServiceLifecycle

/// Every `interval`, a comment on every open live-reload stream.
///
/// The HTML standard's notes on server-sent events suggest a comment "every 15 seconds or so",
/// since some proxies drop connections that stay silent; it is also the backstop for a closed
/// connection the server was not told about: the write fails and the stream lets go of its
/// subscriber (`ReloadEvents`).
struct ReloadHeartbeat: Service {
    let state: PreviewState
    let interval: Duration

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                while true {
                    try await Task.sleep(for: interval)
                    state.heartbeat()
                }
            }
        } catch is CancellationError {
            // Ctrl-C or SIGTERM: nothing to clean up.
        }
    }
}
