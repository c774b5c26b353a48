import FolioDiagnostics
import FolioTestSupport
import Foundation
import Testing

@testable import FolioServer

/// Real HTTP requests against a running preview server: files, folders, redirects, 404s, methods,
/// conditional and range requests.
@Suite(.serialized)
struct PreviewServerTests {
    @Test func servesPagesAndStylesheetWithTextContentTypes() async throws {
        let server = try await RunningServer.start()
        let page = try await server.get("/sv/kanaler/")
        #expect(page.status == 200)
        #expect(page.header("Content-Type") == "text/html; charset=utf-8")
        #expect(page.text.contains("<html lang=\"sv\""))
        #expect(page.text.contains("new EventSource(\"/_folio/events"))
        #expect(page.header("Content-Length") == String(page.body.count))

        let onDisk = try String(
            contentsOf: server.output.appendingPathComponent("sv/kanaler/index.html"), encoding: .utf8)
        #expect(!onDisk.contains("_folio"), "the live-reload script is added when serving, never written")

        let stylesheet = try #require(
            FileManager.default.contentsOfDirectory(atPath: server.output.path).first { $0.hasSuffix(".css") })
        let css = try await server.get("/\(stylesheet)")
        #expect(css.status == 200)
        #expect(css.header("Content-Type") == "text/css; charset=utf-8")
        #expect(!css.text.contains("EventSource"))
        await server.stop()
    }

    @Test func servesRootAndFolderIndexes() async throws {
        let server = try await RunningServer.start()
        let root = try await server.get("/")
        #expect(root.status == 200)
        #expect(root.text.contains("sv/"))
        let home = try await server.get("/ro/")
        #expect(home.status == 200)
        #expect(home.text.contains("<html lang=\"ro\""))
        let withQuery = try await server.get("/sv/?utm=x")
        #expect(withQuery.status == 200)
        await server.stop()
    }

    @Test func redirectsFolderWithoutSlashOnlyWhereAPageIs() async throws {
        let server = try await RunningServer.start()
        let redirect = try await server.get("/sv/kanaler")
        #expect(redirect.status == 301)
        #expect(redirect.header("Location") == "/sv/kanaler/")
        // sv/guide/ holds only the folder of a nested page, no index.html of its own.
        let bare = try await server.get("/sv/guide")
        #expect(bare.status == 404)
        await server.stop()
    }

    @Test func missingPageGetsTheSiteNotFoundPageInTheReadersLanguage() async throws {
        let server = try await RunningServer.start()
        let romanian = try await server.get("/ro/nu-exista/")
        #expect(romanian.status == 404)
        #expect(romanian.header("Content-Type") == "text/html; charset=utf-8")
        #expect(romanian.text.contains("<html lang=\"ro\""))
        let swedish = try await server.get("/sv/finns-inte")
        #expect(swedish.status == 404)
        #expect(swedish.text.contains("<html lang=\"sv\""))
        let elsewhere = try await server.get("/no/such/file.txt")
        #expect(elsewhere.status == 404)
        #expect(
            elsewhere.text
                == (try String(contentsOf: server.output.appendingPathComponent("404.html"), encoding: .utf8))
                .replacingOccurrences(of: "</body>", with: PageInjection.script(generation: 1) + "</body>"))
        await server.stop()
    }

    @Test func methodsOtherThanGetAndHeadAreNotAllowed() async throws {
        let server = try await RunningServer.start()
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
            let reply = try await server.send(method, "/sv/")
            #expect(reply.status == 405, "\(method)")
            #expect(reply.header("Allow") == "GET, HEAD")
        }
        await server.stop()
    }

    @Test func headSendsHeadersWithoutBody() async throws {
        let server = try await RunningServer.start()
        let get = try await server.get("/sv/")
        let head = try await server.send("HEAD", "/sv/")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.header("Content-Length") == String(get.body.count))
        #expect(head.header("Content-Type") == "text/html; charset=utf-8")
        #expect(head.header("ETag") == get.header("ETag"))
        await server.stop()
    }

    @Test func matchingETagGivesNotModified() async throws {
        let server = try await RunningServer.start()
        let first = try await server.get("/sv/principer/")
        let etag = try #require(first.header("ETag"))
        let again = try await server.get("/sv/principer/", headers: ["If-None-Match": etag])
        #expect(again.status == 304)
        #expect(again.body.isEmpty)
        let stale = try await server.get("/sv/principer/", headers: ["If-None-Match": "W/\"other\""])
        #expect(stale.status == 200)
        await server.stop()
    }

    @Test func rangeGivesPartialContent() async throws {
        let server = try await RunningServer.start()
        let stylesheet = try #require(
            FileManager.default.contentsOfDirectory(atPath: server.output.path).first { $0.hasSuffix(".css") })
        let whole = try await server.get("/\(stylesheet)")
        let part = try await server.get("/\(stylesheet)", headers: ["Range": "bytes=0-9"])
        #expect(part.status == 206)
        #expect(part.body == Array(whole.body.prefix(10)))
        #expect(part.header("Content-Range") == "bytes 0-9/\(whole.body.count)")
        let page = try await server.get("/sv/")
        let pagePart = try await server.get("/sv/", headers: ["Range": "bytes=5-14"])
        #expect(pagePart.status == 206)
        #expect(pagePart.body == Array(page.body[5...14]))
        await server.stop()
    }

    @Test func portInUseIsReportedWithAHint() async throws {
        let server = try await RunningServer.start()
        let options = ServeOptions(
            sourceRoot: server.root, output: server.root.appendingPathComponent("second-site"), port: server.port)
        let error = await #expect(throws: Diagnostic.self) {
            try await PreviewServer(options: options, console: .silent).run(handlesSignals: false)
        }
        #expect(error?.message.contains("already in use") == true)
        #expect(error?.hint?.contains("--port") == true)
        await server.stop()
    }

    /// `folio serve --output content/out` would rebuild forever on its own output: refused before any build.
    @Test func outputInsideContentIsRefusedBeforeAnythingIsBuilt() async throws {
        try await withFixtureSite { site in
            let output = site.root.appendingPathComponent("content/out")
            let options = ServeOptions(sourceRoot: site.root, output: output, port: 0)
            let error = await #expect(throws: Diagnostic.self) {
                try await PreviewServer(options: options, console: .silent).run(handlesSignals: false)
            }
            #expect(error?.location.path == "content/out")
            #expect(error?.hint?.contains("--output") == true)
            let entries = try FileManager.default.contentsOfDirectory(
                atPath: site.root.appendingPathComponent("content").path)
            #expect(!entries.contains { $0 == "out" || $0.hasPrefix(".out.") }, "nothing written")
        }
    }
}
