import Foundation
import Hummingbird
import NIOCore

/// The built site as Hummingbird's `FileMiddleware` sees it: files under the output folder only,
/// HTML pages with the serve-mode snippet added.
///
/// Every path is checked twice: as a URL path (`RequestPath`) and as a real file system path, so a
/// symbolic link inside the site that points elsewhere is refused like `..`. A folder counts only
/// when it holds an `index.html`, so `/sv/page` redirects to `/sv/page/` only where a page is.
struct SiteFiles: FileProvider {
    /// What `FileMiddleware` needs to answer conditional and range requests.
    struct FileAttributes: FileMiddlewareFileAttributes, Sendable {
        let isFolder: Bool
        let size: Int
        let modificationDate: Date
    }

    /// A file checked to be inside the site; an HTML page is read in full, snippet included, when it
    /// is identified, so its length and contents cannot disagree if a rebuild replaces it meanwhile.
    struct FileIdentifier: Sendable {
        let path: String
        let page: [UInt8]?
        let builtAt: Date?
    }

    let root: URL
    let state: PreviewState
    let fileIO = FileIO()

    func getFileIdentifier(_ path: String) -> FileIdentifier? {
        guard let request = RequestPath(decoded: path), let real = resolve(request) else { return nil }
        guard request.segments.last?.lowercased().hasSuffix(".html") == true,
            let data = FileManager.default.contents(atPath: real)
        else {
            return FileIdentifier(path: real, page: nil, builtAt: nil)
        }
        let build = state.current
        return FileIdentifier(
            path: real, page: PageInjection.insert(PageInjection.snippet(for: build), into: Array(data)),
            builtAt: build.finishedAt)
    }

    /// The real path of `request` under the site, or nil when it does not exist or lies outside.
    func resolve(_ request: RequestPath) -> String? {
        guard let base = Self.realPath(root.path) else { return nil }
        let candidate = request.segments.isEmpty ? base : base + "/" + request.relative
        guard let real = Self.realPath(candidate), real == base || real.hasPrefix(base + "/") else { return nil }
        return real
    }

    func getAttributes(id: FileIdentifier) async throws -> FileAttributes? {
        guard let info = Self.status(id.path) else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            guard let index = Self.status(id.path + "/index.html"), index.st_mode & S_IFMT == S_IFREG else {
                return nil
            }
            return FileAttributes(isFolder: true, size: 0, modificationDate: Self.modificationDate(info))
        case S_IFREG:
            var modified = Self.modificationDate(info)
            if let builtAt = id.builtAt { modified = max(modified, builtAt) }
            return FileAttributes(
                isFolder: false, size: id.page?.count ?? Int(info.st_size), modificationDate: modified)
        default:
            return nil  // sockets, FIFOs and devices are never part of a site
        }
    }

    func loadFile(id: FileIdentifier, context: some RequestContext) async throws -> ResponseBody {
        guard let page = id.page else { return try await fileIO.loadFile(path: id.path, context: context) }
        return ResponseBody(byteBuffer: ByteBuffer(bytes: page))
    }

    func loadFile(id: FileIdentifier, range: ClosedRange<Int>, context: some RequestContext) async throws
        -> ResponseBody
    {
        guard let page = id.page else {
            return try await fileIO.loadFile(path: id.path, range: range, context: context)
        }
        guard !page.isEmpty else { return ResponseBody() }
        return ResponseBody(byteBuffer: ByteBuffer(bytes: page[range.clamped(to: 0...(page.count - 1))]))
    }

    /// `realpath(3)`: the absolute path with every symbolic link, `.` and `..` resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func status(_ path: String) -> stat? {
        var info = stat()
        return stat(path, &info) == 0 ? info : nil
    }

    /// Nanosecond modification time: whole seconds would give two builds within a second one ETag.
    static func modificationDate(_ info: stat) -> Date {
        Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
    }
}
