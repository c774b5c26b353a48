/// Bounds on one query's run, so a runaway query (a cross join of a large table with itself) fails the
/// build with a located error instead of hanging it.
public struct QueryLimits: Sendable, Hashable {
    /// Wall-clock time one query may run, in seconds; the default is 10 s (settable in `site.yml`
    /// from part B on). Loading the tables a query reads does not count against it.
    public var seconds: Double

    public init(seconds: Double = 10) {
        self.seconds = seconds
    }
}
