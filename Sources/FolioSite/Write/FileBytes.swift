import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
    private let systemRead = Darwin.read
#endif

/// Reading and writing a file's bytes with plain `open`/`write`/`close`: no `Data` copy, no attribute
/// lookups, no fsync (the staging-folder swap, not the disk cache, is what keeps a build whole).
enum FileBytes {
    /// Whether two byte arrays are equal, compared with `memcmp` (`==` on arrays goes element by element).
    static func same(_ first: [UInt8], _ second: [UInt8]) -> Bool {
        guard first.count == second.count else { return false }
        return first.withUnsafeBytes { a in
            second.withUnsafeBytes { b in
                a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
            }
        }
    }

    /// The bytes of the file at `path`, or nil if it cannot be opened or read.
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: max(4096, Int(info.st_size) + 1))
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

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
        return bytes.withUnsafeBytes { buffer -> String? in
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
}
