import FolioTestSupport
import Foundation
import Testing

@testable import FolioServer

#if canImport(Glibc)
    /// `FileEvents`: inotify names the files saved, and says when a change cannot be named file by
    /// file, so that the watcher compares the whole tree then.
    @Suite struct FileEventsTests {
        /// Waits for the events of what was just done and returns what they named.
        static func settle(_ events: FileEvents) -> (paths: Set<String>, complete: Bool) {
            _ = events.wait(timeout: .seconds(2))
            while events.wait(timeout: .milliseconds(50)) {}
            return events.takeChanges()
        }

        @Test func savedRemovedAndRenamedFilesAreNamed() throws {
            try withTemporaryFolder("events") { folder in
                try folder.write("content/sv/a.md", "a")
                try folder.write("content/sv/b.md", "b")
                let content = folder.appendingPathComponent("content")
                let events = try FileEvents(folders: [content])
                let root = content.path + "/sv/"
                try folder.write("content/sv/a.md", "a, saved")
                try folder.write("content/sv/.a.md.swp", "editor")
                try folder.write("content/sv/a.md~", "backup")
                var seen = Self.settle(events)
                #expect(seen.paths == [root + "a.md"], "hidden files and backups are left out")
                #expect(seen.complete)
                try FileManager.default.removeItem(atPath: root + "b.md")
                try FileManager.default.moveItem(atPath: root + "a.md", toPath: root + "c.md")
                seen = Self.settle(events)
                #expect(seen.paths == [root + "a.md", root + "b.md", root + "c.md"])
                #expect(seen.complete)
                #expect(Self.settle(events).paths.isEmpty, "taken once")
            }
        }

        @Test func aNewFolderCannotBeNamedFileByFile() throws {
            try withTemporaryFolder("events") { folder in
                try folder.write("content/sv/a.md", "a")
                let content = folder.appendingPathComponent("content")
                let events = try FileEvents(folders: [content])
                try folder.write("content/sv/guide/b.md", "b")
                #expect(!Self.settle(events).complete)
                // The new folder is watched from now on.
                try folder.write("content/sv/guide/b.md", "b, saved")
                let seen = Self.settle(events)
                #expect(seen.paths == [content.path + "/sv/guide/b.md"])
                #expect(seen.complete)
            }
        }

        @Test func theWatchLimitIsExplained() {
            let text = SourceWatcher.explain(.watchLimit(folders: 8192, limit: 8192))
            #expect(text.contains("fs.inotify.max_user_watches = 8192"))
            #expect(text.contains("polling"))
            #expect(text.contains("sysctl"))
        }
    }
#endif
