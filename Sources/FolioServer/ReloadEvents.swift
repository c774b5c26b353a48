import Hummingbird
import NIOCore
import ServiceLifecycle

/// The Server-Sent Events stream behind live reload: one `reload` event per finished build.
///
/// A page passes the build generation it was served from (`?since=N`); if a build finished after
/// that, the event is sent at once. The stream ends on graceful shutdown, so Ctrl-C does not wait
/// for open browser tabs.
struct ReloadEvents: Sendable {
    let state: PreviewState

    func response(to request: Request) -> Response {
        let since = request.uri.queryParameters.get("since", as: Int.self)
        let headers: HTTPFields = [
            .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
        ]
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                let (id, builds) = state.subscribe()
                do {
                    // retry: how soon the browser reconnects after a restart of the server, in ms.
                    try await writer.write(ByteBuffer(string: "retry: 1000\n: connected\n\n"))
                    let generation = state.current.generation
                    if let since, since < generation {
                        try await writer.write(Self.reload(generation))
                    }
                    try await withGracefulShutdownHandler {
                        for await generation in builds {
                            try await writer.write(Self.reload(generation))
                        }
                    } onGracefulShutdown: {
                        state.unsubscribe(id)
                    }
                    state.unsubscribe(id)
                    try await writer.finish(nil)
                } catch {
                    state.unsubscribe(id)
                    throw error
                }
            })
    }

    static func reload(_ generation: Int) -> ByteBuffer {
        ByteBuffer(string: "event: reload\ndata: \(generation)\n\n")
    }
}
