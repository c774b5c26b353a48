import FolioTestSupport
import Foundation
import Testing

@testable import FolioServer

/// Live-reload streams over real sockets: a closed tab lets go of its subscriber at once (issue 13),
/// and idle streams get a heartbeat.
@Suite(.serialized)
struct ReloadEventsTests {
    @Test func closedStreamsAreDroppedWithoutARebuild() async throws {
        let server = try await RunningServer.start()
        var readers: [EventStreamReader] = []
        for _ in 0..<3 {
            let reader = try EventStreamReader(port: server.port)
            #expect(await reader.waitFor(": connected"))
            readers.append(reader)
        }
        #expect(server.subscriberCount == 3)
        for reader in readers { reader.close() }
        #expect(await eventually { server.subscriberCount == 0 }, "still \(server.subscriberCount) subscribers")
        #expect(server.log.count(of: "Built") == 1, "no rebuild may be what lets the streams go")
        await server.stop()
    }

    @Test func streamsStillOpenKeepTheirSubscription() async throws {
        let server = try await RunningServer.start()
        let kept = try EventStreamReader(port: server.port)
        let closed = try EventStreamReader(port: server.port)
        #expect(await kept.waitFor(": connected"))
        #expect(await closed.waitFor(": connected"))
        closed.close()
        #expect(await eventually { server.subscriberCount == 1 })
        let page = "content/sv/kanaler.md"
        try server.write(page, try server.source(page) + "\nÄndring.\n")
        #expect(await kept.waitFor("event: reload\ndata: 2"), "got: \(kept.text)")
        kept.close()
        #expect(await eventually { server.subscriberCount == 0 })
        await server.stop()
    }

    @Test func idleStreamsGetAHeartbeat() async throws {
        let server = try await RunningServer.start(heartbeatInterval: .milliseconds(50))
        let events = try EventStreamReader(port: server.port)
        #expect(await events.waitFor(": heartbeat\n\n"), "got: \(events.text)")
        #expect(!events.text.contains("event: reload"))
        events.close()
        #expect(await eventually { server.subscriberCount == 0 })
        await server.stop()
    }

    @Test func verboseServerSaysWhenAStreamCloses() async throws {
        let server = try await RunningServer.start(verbose: true)
        let events = try EventStreamReader(port: server.port)
        #expect(await events.waitFor(": connected"))
        events.close()
        #expect(await eventually { server.log.count(of: "/_folio/events: stream closed after ") == 1 })
        #expect(server.log.text.contains(" s, 0 open"), "\(server.log.text)")
        await server.stop()
    }
}
