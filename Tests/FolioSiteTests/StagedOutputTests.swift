import FolioTestSupport
import Foundation
import Testing

@testable import FolioSite

/// `StagedOutput` makes files and folders relative to the open staging folder: they must land
/// inside it, and only `commit` may publish them.
@Suite struct StagedOutputTests {
    @Test func writesNestedFilesInsideTheStagingFolderAndPublishesThemOnCommit() throws {
        try withTemporaryFolder("staged") { folder in
            let output = folder.appendingPathComponent("site")
            let stage = try OutputWriter(output: output).stage()
            try stage.write(OutputFile(path: "sv/kanaler/index.html", text: "<p>Kanaler</p>"))
            try stage.write(OutputFile(path: "sv/kanaler/data.csv", text: "a,b\n"))
            try stage.write(OutputFile(path: "/ro/canale/index.html", text: "<p>Canale</p>"))
            try stage.write([OutputFile(path: "index.html", text: "<p>Hem</p>")])
            #expect(stage.hasWritten("sv/kanaler/index.html"))
            #expect(!FileManager.default.fileExists(atPath: output.path))
            try stage.commit()
            let files = try folder.files(under: "site")
            #expect(
                files.keys.sorted() == [
                    OutputWriter.markerName, "index.html", "ro/canale/index.html", "sv/kanaler/data.csv",
                    "sv/kanaler/index.html",
                ])
            #expect(files["sv/kanaler/index.html"] == Data("<p>Kanaler</p>".utf8))
            #expect(files["ro/canale/index.html"] == Data("<p>Canale</p>".utf8))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["site"])
        }
    }

    @Test func discardLeavesThePublishedSiteAsItWas() throws {
        try withTemporaryFolder("staged") { folder in
            let output = folder.appendingPathComponent("site")
            try OutputWriter(output: output).write([OutputFile(path: "sv/index.html", text: "old")])
            let before = try folder.files(under: "site")
            let stage = try OutputWriter(output: output).stage()
            try stage.write(OutputFile(path: "sv/index.html", text: "new"))
            try stage.write(OutputFile(path: "sv/ny/index.html", text: "new"))
            stage.discard()
            #expect(try folder.files(under: "site") == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["site"])
        }
    }
}
