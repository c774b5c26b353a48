import FolioDiagnostics
import Foundation

/// Headless Chromium, the one browser `folio pdf` prints with: its print-to-PDF mode lays out
/// the print edition with the same engine the site's readers use, `@page` rules included.
public struct Chromium: Sendable {
    let executable: URL

    /// The names looked for on `PATH`, in order; `FOLIO_CHROMIUM` names a browser anywhere.
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// Finds the browser, or explains how to install it: checked before anything is built, so a
    /// missing browser leaves the output folder as it was.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Chromium {
        let manager = FileManager.default
        if let path = environment["FOLIO_CHROMIUM"], !path.isEmpty {
            guard manager.isExecutableFile(atPath: path) else {
                throw Diagnostic(
                    SourceLocation(path: "folio"), "FOLIO_CHROMIUM names '\(path)', which is not an executable file",
                    hint: "point it at a Chromium or Chrome binary, or unset it to look on PATH")
            }
            return Chromium(executable: URL(fileURLWithPath: path))
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where manager.isExecutableFile(atPath: folder + "/" + name) {
                return Chromium(executable: URL(fileURLWithPath: folder + "/" + name))
            }
        }
        throw Diagnostic(
            SourceLocation(path: "folio"),
            "folio pdf prints with headless Chromium, and none was found on PATH (looked for \(names.joined(separator: ", ")))",
            hint:
                "install it with `sudo apt-get install chromium` (Debian, Ubuntu), or set FOLIO_CHROMIUM to the browser's path; `folio build` needs no browser"
        )
    }

    /// Prints the page at `page` to `pdf` without the browser's own headers and footers; throws
    /// with the browser's last words when it fails or takes longer than `timeout` seconds.
    func printToPDF(page: URL, pdf: URL, scratch: URL, timeout: Double = 300) async throws {
        let process = Process()
        process.executableURL = executable
        var arguments = [
            "--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
            "--no-pdf-header-footer", "--user-data-dir=" + scratch.appendingPathComponent("profile").path,
            "--print-to-pdf=" + pdf.path,
        ]
        // Chromium refuses to start its sandbox as root (containers, CI).
        if getuid() == 0 { arguments.insert("--no-sandbox", at: 1) }
        process.arguments = arguments + [page.absoluteString]
        let log = scratch.appendingPathComponent("chromium.log")
        // Unchecked: opening the handle below fails, naming the file, when the file could not be made.
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                throw failure(
                    "Chromium did not finish printing \(page.lastPathComponent) in \(Int(timeout)) s", log: log)
            }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw failure("Chromium failed to print \(page.path) (exit \(process.terminationStatus))", log: log)
        }
    }

    private func failure(_ message: String, log: URL) -> Diagnostic {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let tail = text.split(separator: "\n").suffix(5).joined(separator: "\n")
        return Diagnostic(
            SourceLocation(path: executable.path), message, hint: tail.isEmpty ? nil : "Chromium said:\n" + tail)
    }
}
