import Foundation
import Hummingbird
import NIOCore
import ServiceLifecycle

/// The Server-Sent Events stream behind live reload: one `reload` event per finished build.
///
/// A page passes the build generation it was served from (`?since=N`); if a build finished after
/// that, the event is sent at once. A stream lets go of its subscriber as soon as the browser closes
/// the connection (a closed tab, a reload, a page left): Hummingbird reports the request's inbound
/// side closing, which ends the wait for the next build at once instead of at the next write. Without
/// that, every reload left a subscriber and its connection behind until the next rebuild
/// (issue 13: 12,000 streams took the server from 41 MB to 320 MB). The stream also ends on
/// graceful shutdown, so Ctrl-C does not wait for open browser tabs.
struct ReloadEvents: Sendable {
    let state: PreviewState
    /// Where a line goes each time a stream ends (`--verbose`), with the number still open; nil says nothing.
    var log: (@Sendable (String) -> Void)? = nil

    func response(to request: Request) -> Response {
        let since = request.uri.queryParameters.get("since", as: Int.self)
        let headers: HTTPFields = [
            .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
        ]
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { [state, log] writer in
                let subscription = state.subscribe()
                let opened = ContinuousClock.now
                defer {
                    state.unsubscribe(subscription.id)
                    log?(Self.closedLine(after: ContinuousClock.now - opened, open: state.subscriberCount))
                }
                try await request.body.consumeWithInboundCloseHandler { _ in
                    try await withGracefulShutdownHandler {
                        try await Self.stream(subscription, since: since, to: &writer)
                    } onGracefulShutdown: {
                        state.unsubscribe(subscription.id)
                    }
                } onInboundClosed: {
                    // The browser hung up: end the stream, whose next write could be minutes away.
                    state.unsubscribe(subscription.id)
                }
                try await writer.finish(nil)
            })
    }

    /// Writes the stream's opening, then a `reload` event for each newer build and a comment for each
    /// repeated generation (the heartbeat), until the subscription ends. A write to a closed
    /// connection throws, which ends the stream too.
    static func stream(
        _ subscription: PreviewState.Subscription, since: Int?, to writer: inout any ResponseBodyWriter
    ) async throws {
        // retry: how soon the browser reconnects after a restart of the server, in ms.
        try await writer.write(ByteBuffer(string: "retry: 1000\n: connected\n\n"))
        var sent = subscription.generation
        if let since, since < sent {
            try await writer.write(reload(sent))
        }
        for await generation in subscription.generations {
            if generation > sent {
                sent = generation
                try await writer.write(reload(generation))
            } else {
                try await writer.write(heartbeat)
            }
        }
    }

    static func reload(_ generation: Int) -> ByteBuffer {
        ByteBuffer(string: "event: reload\ndata: \(generation)\n\n")
    }

    /// A comment line: browsers ignore it, proxies see traffic, and a closed connection fails the write.
    static let heartbeat = ByteBuffer(string: ": heartbeat\n\n")

    /// The `--verbose` line for a stream that ended.
    static func closedLine(after duration: Duration, open: Int) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return "\(PageInjection.eventsPath): stream closed after \(String(format: "%.1f", seconds)) s, \(open) open"
    }
}
