import FolioDiagnostics
import FolioFormats
import Foundation
import Synchronization

/// A build's output while it is being written: a staging folder beside the output folder.
///
/// Pages are written as soon as they are rendered, from every core, so writing overlaps rendering
/// and a page's bytes need not stay in memory until the end. Only `commit` touches the output
/// folder: it moves the old one aside and the staging folder in. A failed build calls `discard`,
/// so the published `site/` is never left half written.
public final class StagedOutput: OutputSink {
    let output: URL
    let staging: URL
    /// Where the old output goes while the new one moves in.
    let retired: URL
    /// The staging folder, open: files and folders are made relative to it (`mkdirat`, `openat`), so
    /// the kernel does not walk the staging folder's own path again for each of 10,000 pages.
    private let folder: Int32
    private let written = Mutex<Set<String>>([])

    /// Opens `staging`, which must exist.
    init(output: URL, staging: URL, retired: URL) throws {
        self.output = output
        self.staging = staging
        self.retired = retired
        guard let folder = FileBytes.openFolder(staging.path) else {
            throw Diagnostic(
                SourceLocation(path: staging.path),
                "cannot open the staging folder: \(String(cString: strerror(errno)))",
                hint: "check free disk space and permissions on the output folder's parent")
        }
        self.folder = folder
    }

    deinit {
        close(folder)
    }

    /// Writes one file under the staging folder, making its folders as needed.
    public func write(_ file: OutputFile) throws {
        let relative = try prepare(file.path)
        if let problem = FileBytes.write(file.contents, to: relative, in: folder) {
            throw writeFailure(file.path, problem)
        }
        written.withLock { _ = $0.insert(file.path) }
    }

    /// Writes one file from its pieces as they are made (see `OutputSink.write(path:pieces:)`).
    public func write(path: String, pieces: (_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void)
        throws
    {
        let relative = try prepare(path)
        if let problem = try FileBytes.write(to: relative, in: folder, pieces: pieces) {
            throw writeFailure(path, problem)
        }
        written.withLock { _ = $0.insert(path) }
    }

    /// `path` relative to the staging folder, its folders made.
    private func prepare(_ path: String) throws -> String {
        // Relative to the staging folder, always: `openat` would take a path starting with `/` as absolute.
        let relative = path.hasPrefix("/") ? String(path.drop { $0 == "/" }) : path
        if let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")),
            let problem = FileBytes.makeFolders(String(relative[..<slash]), in: folder)
        {
            throw Diagnostic(
                SourceLocation(path: staging.path + "/" + path), "cannot create folder: \(problem)",
                hint: "check free disk space and permissions")
        }
        return relative
    }

    private func writeFailure(_ path: String, _ problem: String) -> Diagnostic {
        Diagnostic(
            SourceLocation(path: staging.path + "/" + path), "cannot write file: \(problem)",
            hint: "check free disk space and permissions")
    }

    /// Writes the files not written yet, on every core.
    public func write(_ files: [OutputFile]) throws {
        let done = written.withLock { $0 }
        let failures = files.filter { !done.contains($0.path) }.concurrentMap { file -> DiagnosticList? in
            do {
                try write(file)
                return nil
            } catch {
                return DiagnosticList(flattening: error, at: SourceLocation(path: file.path))
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    /// Whether `path` (relative to the output) has been written.
    public func hasWritten(_ path: String) -> Bool {
        written.withLock { $0.contains(path) }
    }

    /// Replaces the output folder with the staging folder.
    public func commit() throws {
        let manager = FileManager.default
        do {
            _ = manager.createFile(
                atPath: staging.appendingPathComponent(OutputWriter.markerName).path,
                contents: Data("Built by Folio. This folder is replaced on every build.\n".utf8))
            if manager.fileExists(atPath: output.path) {
                try manager.moveItem(at: output, to: retired)
            }
            try manager.moveItem(at: staging, to: output)
        } catch {
            discard()
            if !manager.fileExists(atPath: output.path), manager.fileExists(atPath: retired.path) {
                try? manager.moveItem(at: retired, to: output)
            }
            throw Diagnostic(
                SourceLocation(path: output.path), "cannot write the site: \(error.localizedDescription)",
                hint: "check free disk space and permissions")
        }
        try? manager.removeItem(at: retired)
    }

    /// Removes the staging folder, leaving the output folder as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
