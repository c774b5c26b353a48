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
    /// A print edition is written in pieces as they are made (`OutputSink.write(path:pieces:)`): on
    /// disk and in memory (which joins them) it is the file one write of the whole makes.
    @Test func writesAFileFromItsPiecesAsOneWriteOfTheWhole() throws {
        let pieces = [
            "<article>", "", "<section>å ä ö</section>\n", String(repeating: "ș", count: 70_000), "</article>",
        ]
        let whole = OutputFile(path: "sv/utskrift/index.html", text: pieces.joined())
        func writePieces(_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
            for var piece in pieces { try piece.withUTF8 { try emit($0) } }
        }
        try withTemporaryFolder("staged") { folder in
            let stage = try OutputWriter(output: folder.appendingPathComponent("site")).stage()
            try stage.write(path: whole.path, pieces: writePieces)
            try stage.write(path: "/ro/tiparire/index.html", pieces: writePieces)
            #expect(stage.hasWritten(whole.path))
            try stage.commit()
            let files = try folder.files(under: "site")
            #expect(files[whole.path] == Data(whole.contents))
            #expect(files["ro/tiparire/index.html"] == Data(whole.contents))
        }
        let memory = MemoryOutput()
        try memory.write(path: whole.path, pieces: writePieces)
        #expect(memory.files == [whole])
    }

    /// An error of the pieces' own reaches the caller, and the file is not counted as written.
    @Test func anErrorWhileMakingThePiecesReachesTheCaller() throws {
        struct Broken: Error {}
        try withTemporaryFolder("staged") { folder in
            let stage = try OutputWriter(output: folder.appendingPathComponent("site")).stage()
            #expect(throws: Broken.self) {
                try stage.write(path: "sv/utskrift/index.html") { emit in
                    var start = "<article>"
                    try start.withUTF8 { try emit($0) }
                    throw Broken()
                }
            }
            #expect(!stage.hasWritten("sv/utskrift/index.html"))
            stage.discard()
        }
    }
}
