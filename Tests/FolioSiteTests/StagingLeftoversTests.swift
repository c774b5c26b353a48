import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// `StagingLeftovers`: a build killed with SIGKILL leaves `.site.new-<pid>-<ms>` beside the output; the
/// next build removes it, and leaves the staging folder of a build still running.
@Suite struct StagingLeftoversTests {
    /// The id of a process that has exited: a child run to its end.
    private func deadProcessID() throws -> pid_t {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        return child.processIdentifier
    }

    @Test func aBuildRemovesTheStagingFoldersOfDeadBuildsOnly() async throws {
        try await withFixtureSite { site in
            let dead = try deadProcessID()
            let live = ProcessInfo.processInfo.processIdentifier
            let parent = site.output.deletingLastPathComponent()
            let killed = [".site.new-\(dead)-1765000000000", ".site.old-\(dead)-1765000000001"]
            let running = ".site.new-\(live)-1765000000002"
            let unrelated = [".site.new-x-1", ".other.new-\(dead)-1", "notes.new-\(dead)-1"]
            for name in killed + [running] + unrelated {
                try site.write("\(name)/sv/index.html", "half a page")
            }
            try await site.build()
            let left = Set(try FileManager.default.contentsOfDirectory(atPath: parent.path))
            for name in killed { #expect(!left.contains(name), "\(name) is a dead build's") }
            #expect(left.contains(running), "a running build's staging folder stays")
            for name in unrelated { #expect(left.contains(name), "\(name) is not a staging folder") }
        }
    }

    @Test func namesAreReadOnlyWhenTheyAreStagingFolders() {
        #expect(StagingLeftovers.processID(in: ".site.new-123-456", output: "site") == 123)
        #expect(StagingLeftovers.processID(in: ".site.old-123-456", output: "site") == 123)
        #expect(StagingLeftovers.processID(in: ".site.new-123-456", output: "public") == nil)
        #expect(StagingLeftovers.processID(in: ".site.new-123", output: "site") == nil)
        #expect(StagingLeftovers.processID(in: ".site.new-0-1", output: "site") == nil)
        #expect(StagingLeftovers.processID(in: ".site.new--1-1", output: "site") == nil)
    }
}
