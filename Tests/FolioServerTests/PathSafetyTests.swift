import Foundation
import Testing

@testable import FolioServer

/// No request can read a file outside the output folder, however the path is spelled.
@Suite(.serialized)
struct PathSafetyTests {
    @Test func traversalAttemptsNeverReadOutsideTheSite() async throws {
        let secret = "TOP-SECRET-\(UUID().uuidString)"
        let server = try await RunningServer.start()
        let outside = server.root.appendingPathComponent("secret.txt")
        try Data(secret.utf8).write(to: outside)
        let outsideFolder = server.root.appendingPathComponent("private")
        try FileManager.default.createDirectory(at: outsideFolder, withIntermediateDirectories: true)
        try Data(secret.utf8).write(to: outsideFolder.appendingPathComponent("index.html"))
        // Planted after the build: links inside site/ that point outside it.
        try FileManager.default.createSymbolicLink(
            atPath: server.output.appendingPathComponent("leak.txt").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(
            atPath: server.output.appendingPathComponent("sv/linked").path, withDestinationPath: outsideFolder.path)

        let attempts = [
            "/../secret.txt",
            "/sv/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E/%2e%2e/secret.txt",
            "/.%2e/secret.txt",
            "/sv/..%2f..%2fsecret.txt",
            "/sv%2f..%2f..%2fsecret.txt",
            "/..%5csecret.txt",
            "/..\\secret.txt",
            "/sv/%2e%2e%5c%2e%2e%5csecret.txt",
            outside.path,
            "/" + outside.path,
            "http://127.0.0.1/../secret.txt",
            "/secret.txt%00.html",
            "/leak.txt",
            "/sv/linked/",
            "/sv/linked/index.html",
            "/.folio-output",
        ]
        for attempt in attempts {
            let reply = try await server.get(attempt)
            #expect(reply.status != 200, "\(attempt) answered 200")
            #expect(!reply.text.contains(secret), "\(attempt) leaked the file outside the site")
        }
        // The link itself is fine when it stays inside.
        try FileManager.default.createSymbolicLink(
            atPath: server.output.appendingPathComponent("home.html").path,
            withDestinationPath: server.output.appendingPathComponent("sv/index.html").path)
        #expect(try await server.get("/home.html").status == 200)
        await server.stop()
    }

    @Test func requestPathRefusesEverythingThatCouldLeaveTheFolder() {
        let refused = [
            "/..", "/../x", "/a/../b", "/%2e%2e/x", "/%2E%2e/x", "/a%2fb", "/a%2Fb", "/a%5cb", "/a\\b", "/a%00b",
            "/a\u{0}b", "//etc/passwd", "etc/passwd", "", "/.hidden", "/a/./b", "/%zz", "/a\nb",
        ]
        for path in refused {
            #expect(RequestPath(encoded: path) == nil, "\(path.debugDescription) was accepted")
        }
        #expect(RequestPath(encoded: "/")?.segments == [])
        #expect(RequestPath(encoded: "/sv/kanaler/")?.segments == ["sv", "kanaler"])
        #expect(RequestPath(encoded: "/sv/kanaler/")?.isFolder == true)
        #expect(RequestPath(encoded: "/sv/m%C3%A4ta")?.segments == ["sv", "mäta"])
        #expect(RequestPath(encoded: "/style.1a2b.css")?.relative == "style.1a2b.css")
    }
}
