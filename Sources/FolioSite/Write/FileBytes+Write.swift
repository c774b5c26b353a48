import FolioFormats
import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
#endif

/// Writing a file's bytes with plain `open`/`write`/`close`: no `Data` copy, no attribute lookups, no
/// fsync (the staging-folder swap, not the disk cache, is what keeps a build whole).
extension FileBytes {
    /// Creates the folder at `path` and any missing parents; returns the `errno` text on failure.
    /// Safe to call for the same folders from several threads at once (an existing folder is fine).
    /// A relative `path` is taken from the open folder `directory` (`mkdirat`).
    static func makeFolders(_ path: String, in directory: Int32 = AT_FDCWD) -> String? {
        if mkdirat(directory, path, 0o755) == 0 || errno == EEXIST { return nil }
        guard errno == ENOENT, let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash > path.startIndex else {
            return String(cString: strerror(errno))
        }
        if let problem = makeFolders(String(path[..<slash]), in: directory) { return problem }
        if mkdirat(directory, path, 0o755) == 0 || errno == EEXIST { return nil }
        return String(cString: strerror(errno))
    }

    /// Opens the folder at `path` for `makeFolders(_:in:)` and `write(_:to:in:)`; nil on failure,
    /// with `errno` set.
    static func openFolder(_ path: String) -> Int32? {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        return descriptor >= 0 ? descriptor : nil
    }

    /// Creates or truncates `path` and writes `bytes`; returns the `errno` text on failure.
    /// A relative `path` is taken from the open folder `directory` (`openat`).
    static func write(_ bytes: [UInt8], to path: String, in directory: Int32 = AT_FDCWD) -> String? {
        let descriptor = openat(directory, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        return bytes.withUnsafeBufferPointer { writeAll($0, to: descriptor) }
    }

    /// Creates or truncates `path` and writes the pieces `pieces` hands to its `emit`, one after the
    /// other (`OutputSink.write(path:pieces:)`); returns the `errno` text on failure. An error
    /// `pieces` throws of its own goes to the caller.
    static func write(
        to path: String, in directory: Int32 = AT_FDCWD,
        pieces: (_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Void
    ) throws -> String? {
        let descriptor = openat(directory, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        do {
            try pieces { buffer in
                if let problem = writeAll(buffer, to: descriptor) { throw WriteFailure(problem: problem) }
            }
        } catch let failure as WriteFailure {
            return failure.problem
        }
        return nil
    }

    private struct WriteFailure: Error {
        var problem: String
    }

    /// Writes all of `buffer` to the open file, again after a signal cut it short.
    private static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> String? {
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }
}
