import Foundation

/// A fresh, empty folder under the system's temporary directory, for one test to write into.
/// Remove it with `remove()` (usually in a `defer`).
public struct TemporaryFolder: Sendable {
    public let url: URL

    /// Creates `folio-<label>-<UUID>`; the label only helps a person find a leftover folder.
    public init(_ label: String = "test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func appendingPathComponent(_ relativePath: String) -> URL {
        url.appendingPathComponent(relativePath)
    }

    /// Copies `source` (a file or a folder) to `relativePath` inside this folder.
    public func copy(_ source: URL, to relativePath: String) throws {
        let target = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: target)
    }

    /// Writes `text` as UTF-8 to `relativePath`, creating the folders on the way.
    public func write(_ relativePath: String, _ text: String) throws {
        try writeBytes(relativePath, Array(text.utf8))
    }

    public func writeBytes(_ relativePath: String, _ bytes: [UInt8]) throws {
        let target = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: target)
    }

    /// Every file under `relativePath` (the whole folder by default) with its bytes, keyed by
    /// path relative to it, for byte-for-byte comparisons.
    public func files(under relativePath: String = "") throws -> [String: Data] {
        let base = relativePath.isEmpty ? url : url.appendingPathComponent(relativePath)
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return files }
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let file = base.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: file)
            }
        }
        return files
    }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Runs `body` with a fresh, empty `TemporaryFolder` and removes it afterwards, however `body` ends.
public func withTemporaryFolder<T>(_ label: String = "test", _ body: (TemporaryFolder) throws -> T) throws -> T {
    let folder = try TemporaryFolder(label)
    defer { folder.remove() }
    return try body(folder)
}

/// `withTemporaryFolder` for async work.
public func withTemporaryFolder<T>(
    _ label: String = "test", _ body: (TemporaryFolder) async throws -> T
) async throws -> T {
    let folder = try TemporaryFolder(label)
    defer { folder.remove() }
    return try await body(folder)
}
