import Testing

@testable import FolioServer

/// `PendingChanges`: the file events' paths, merged across wake-ups until the watcher looks.
@Suite struct PendingChangesTests {
    @Test func pathsOfSeveralBurstsAreMerged() {
        let pending = PendingChanges()
        #expect(pending.take() == .nothing)
        pending.add(["/s/content/sv/a.md"], complete: true)
        pending.add(["/s/content/sv/b.md"], complete: true)
        #expect(pending.take() == .paths(["/s/content/sv/a.md", "/s/content/sv/b.md"]))
        #expect(pending.take() == .nothing, "taking starts again from nothing")
    }

    @Test func anIncompleteBurstMakesTheWholeLookUnknown() {
        let pending = PendingChanges()
        pending.add(["/s/content/sv/a.md"], complete: true)
        pending.add([], complete: false)
        pending.add(["/s/content/sv/b.md"], complete: true)
        #expect(pending.take() == .unknown)
        pending.add([], complete: true)
        #expect(pending.take() == .nothing)
    }
}
