import FolioDiagnostics
import FolioFormats
import Foundation

/// Writes a finished build so that the output folder is replaced all at once.
///
/// Files go to a fresh staging folder beside the output; only when every file is written is the
/// old output moved aside and the new one moved in. A failed build therefore never touches the
/// published `site/`, and pages that no longer exist cannot linger.
public struct OutputWriter: Sendable {
    /// Marks a folder as Folio's output, so Folio never replaces a folder it did not make.
    public static let markerName = ".folio-output"

    public var output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    public func write(_ files: [OutputFile]) throws {
        let stage = try self.stage()
        do {
            try stage.write(files)
            try stage.commit()
        } catch {
            stage.discard()
            throw error
        }
    }

    /// A fresh staging folder beside the output, for a build to fill as pages are rendered (see
    /// `StagedOutput`). Refuses an output folder Folio did not make before any work is done, and
    /// removes the staging folders of killed builds (`StagingLeftovers`).
    public func stage() throws -> StagedOutput {
        try refuseForeignFolder()
        StagingLeftovers.remove(beside: output)
        let parent = output.deletingLastPathComponent()
        let stamp = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt64(Date().timeIntervalSince1970 * 1000))"
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).new-\(stamp)")
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(
                SourceLocation(path: staging.path), "cannot create the staging folder: \(error.localizedDescription)",
                hint: "check free disk space and permissions on the output folder's parent")
        }
        return try StagedOutput(
            output: output, staging: staging,
            retired: parent.appendingPathComponent(".\(output.lastPathComponent).old-\(stamp)"))
    }

    /// Brings an output folder this writer filled before up to date: writes only the files whose
    /// bytes differ from `previous` (digests of what the folder holds) and removes the files no longer built,
    /// with folders left empty. Each file is written beside its place and renamed over it, so a
    /// server reading the folder never sees half a page. Returns the number of files written;
    /// throws if the folder is not Folio's or a write fails (the caller then writes it whole).
    public func update(_ files: [OutputFile], previous: [String: FileDigest]) throws -> Int {
        let manager = FileManager.default
        guard manager.fileExists(atPath: output.appendingPathComponent(Self.markerName).path) else {
            throw Diagnostic(SourceLocation(path: output.path), "output folder is missing Folio's marker")
        }
        let root = output.path
        var written = 0
        var kept: Set<String> = []
        for file in files {
            kept.insert(file.path)
            if previous[file.path] == FileDigest(file.contents) { continue }
            let path = root + "/" + file.path
            let folder = (path as NSString).deletingLastPathComponent
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let temporary = folder + "/.folio-" + (path as NSString).lastPathComponent
            if let problem = FileBytes.write(file.contents, to: temporary) {
                throw Diagnostic(SourceLocation(path: path), "cannot write file: \(problem)")
            }
            guard rename(temporary, path) == 0 else {
                unlink(temporary)
                throw Diagnostic(SourceLocation(path: path), "cannot replace file")
            }
            written += 1
        }
        for path in previous.keys.sorted() where !kept.contains(path) {
            unlink(root + "/" + path)
            // Remove folders the file leaves empty, up to the output folder (rmdir refuses non-empty ones).
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty, rmdir(root + "/" + folder) == 0 {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        return written
    }

    /// An existing, non-empty output folder without Folio's marker is someone else's: leave it alone.
    private func refuseForeignFolder() throws {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: output.path), !entries.isEmpty else { return }
        if !entries.contains(Self.markerName) {
            throw Diagnostic(
                SourceLocation(path: output.path),
                "output folder exists and was not made by Folio",
                hint:
                    "Folio replaces its output folder on every build; choose an empty or new folder with --output, or delete this one"
            )
        }
    }
}
