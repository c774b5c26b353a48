import FolioTestSupport
import Foundation
import Testing

@testable import FolioServer

/// `SourceSnapshot`: what a look at the whole tree finds changed, and a snapshot brought up to date
/// for the files the events named only.
@Suite struct SourceSnapshotChangesTests {
    @Test func changesNameAddedRemovedAndEditedFiles() throws {
        try withTemporaryFolder("snapshot") { folder in
            try folder.write("content/sv/a.md", "a")
            try folder.write("content/sv/b.md", "b")
            try folder.write("content/sv/.a.md.swp", "editor")
            let content = folder.appendingPathComponent("content")
            let before = SourceSnapshot(folders: [content])
            #expect(before.files.count == 2, "hidden files are left out")
            try folder.write("content/sv/a.md", "a, longer")
            try FileManager.default.removeItem(at: folder.appendingPathComponent("content/sv/b.md"))
            try folder.write("content/sv/c.md", "c")
            let after = SourceSnapshot(folders: [content])
            let root = content.path + "/sv/"
            #expect(before.changes(to: after) == [root + "a.md", root + "b.md", root + "c.md"])
            #expect(after.changes(to: after).isEmpty)
        }
    }

    @Test func refreshTakesTheNamedFilesAsTheyAreNow() throws {
        try withTemporaryFolder("snapshot") { folder in
            try folder.write("content/sv/a.md", "a")
            try folder.write("content/sv/b.md", "b")
            let content = folder.appendingPathComponent("content")
            var seen = SourceSnapshot(folders: [content])
            try folder.write("content/sv/a.md", "a, longer")
            try FileManager.default.removeItem(at: folder.appendingPathComponent("content/sv/b.md"))
            try folder.write("content/sv/c.md", "c")
            let root = content.path + "/sv/"
            seen.refresh([root + "a.md", root + "b.md", root + "c.md"])
            #expect(seen == SourceSnapshot(folders: [content]))
        }
    }
}
