import Foundation

/// Where the preview server's messages go: the terminal for `folio serve`, nowhere (or a test's
/// collector) in tests.
public struct ServeConsole: Sendable {
    /// Progress: addresses, rebuilds, request lines.
    public var info: @Sendable (String) -> Void
    /// Problems: build errors, warnings.
    public var problem: @Sendable (String) -> Void

    public init(info: @escaping @Sendable (String) -> Void, problem: @escaping @Sendable (String) -> Void) {
        self.info = info
        self.problem = problem
    }

    /// Standard output and standard error, one line per message.
    public static let terminal = ServeConsole(
        info: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
        problem: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    )

    /// Discards everything.
    public static let silent = ServeConsole(info: { _ in }, problem: { _ in })
}
