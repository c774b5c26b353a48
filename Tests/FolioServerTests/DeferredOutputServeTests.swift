import FolioSite
import FolioTestSupport
import Foundation
import Testing

@testable import FolioServer

/// `folio serve` leaves the print editions and search pages a save reaches stale, and makes one
/// when a request needs its file: fetched over HTTP after an edit, it is what a cold build of the
/// edited sources writes; pages showing it are told to reload; and what is still stale when the
/// server stops is made then, so the folder ends as `folio build` writes it.
@Suite(.serialized)
struct DeferredOutputServeTests {
    static let page = "content/sv/kanaler.md"

    /// Retitles `page` in the server's copy of the fixture.
    static func retitle(_ server: RunningServer) throws {
        try server.write(page, try server.source(page).replacingOccurrences(of: "title: ", with: "title: Ny "))
    }

    /// The served bytes without serve mode's live-reload script (`PageInjection`).
    static func withoutSnippet(_ body: [UInt8]) -> String {
        let text = String(decoding: body, as: UTF8.self)
        guard let start = text.range(of: "<script>(function(){var s=new EventSource("),
            let end = text.range(of: "</script>\n", range: start.upperBound..<text.endIndex)
        else { return text }
        return String(text[..<start.lowerBound] + text[end.upperBound...])
    }

    static func coldBuild(of root: URL) async throws -> URL {
        let cold = root.appendingPathComponent("cold")
        try await SiteBuilder(options: BuildOptions(sourceRoot: root, output: cold)).build()
        return cold
    }

    @Test func staleEditionFetchedAfterAnEditIsTheColdBuilds() async throws {
        let server = try await RunningServer.start(rebuildsOnSave: false)
        let events = try EventStreamReader(port: server.port)
        #expect(await events.waitFor(": connected"))
        try Self.retitle(server)
        #expect(try await server.rebuild())
        #expect(await events.waitFor("event: reload"), "pages showing a stale output reload too")
        #expect(server.log.text.contains("made when asked)"), "\(server.log.text)")
        let edition = "sv/utskrift/index.html"
        let onDisk = try String(contentsOf: server.output.appendingPathComponent(edition), encoding: .utf8)
        #expect(!onDisk.contains("Ny Kanaler"), "left stale by the save")

        let cold = try await Self.coldBuild(of: server.root)
        for (target, file) in [("/sv/utskrift/", edition), ("/sv/sok/", "sv/sok/index.html")] {
            let served = try await server.get(target)
            #expect(served.status == 200)
            let expected = try String(contentsOf: cold.appendingPathComponent(file), encoding: .utf8)
            #expect(Self.withoutSnippet(served.body) == expected, "\(target) as a cold build writes it")
            let written = try String(contentsOf: server.output.appendingPathComponent(file), encoding: .utf8)
            #expect(written == expected, "\(file) written when it was asked for")
        }
        #expect(server.log.text.contains("Made \(edition) in"), "\(server.log.text)")
        #expect(try String(contentsOf: cold.appendingPathComponent(edition), encoding: .utf8).contains("Ny Kanaler"))
        events.close()
        await server.stop()
    }

    @Test func stoppingTheServerMakesWhatIsStillStale() async throws {
        let server = try await RunningServer.start(rebuildsOnSave: false)
        try Self.retitle(server)
        #expect(try await server.rebuild())
        #expect(!server.deferredFiles.isEmpty)
        await server.stop(removing: false)
        defer { try? FileManager.default.removeItem(at: server.root) }
        let cold = try await Self.coldBuild(of: server.root)
        let served = try FolderFiles.files(server.output)
        #expect(served == (try FolderFiles.files(cold)), "the folder as `folio build` writes it")
    }

    @Test func deferringOffMakesThemOnEverySave() async throws {
        let server = try await RunningServer.start(rebuildsOnSave: false, defersSiteWideOutputs: false)
        try Self.retitle(server)
        #expect(try await server.rebuild())
        #expect(!server.log.text.contains("made when asked"))
        let edition = try String(
            contentsOf: server.output.appendingPathComponent("sv/utskrift/index.html"), encoding: .utf8)
        #expect(edition.contains("Ny Kanaler"))
        await server.stop()
    }
}

/// Every file of a folder with its bytes, by relative path.
enum FolderFiles {
    static func files(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walk = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let path = walk.nextObject() as? String {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue
            else { continue }
            files[path] = try Data(contentsOf: url)
        }
        return files
    }
}
