import Dispatch
import Foundation
import Synchronization

/// A pure transform applied on every core, results in input order: an edit applied to the last
/// build (`SettledBuild`) that reaches hundreds or thousands of pages renders them as a full build
/// would, on every core, not one after the other.
enum ParallelMap {
    static func map<Element: Sendable, Mapped: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Mapped
    ) -> [Mapped] {
        let workers = min(elements.count, ProcessInfo.processInfo.activeProcessorCount * 4)
        guard elements.count >= 16, workers > 1 else { return elements.map(transform) }
        let done = Mutex<[(Int, Mapped)]>([])
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var local: [(Int, Mapped)] = []
            var index = worker
            while index < elements.count {
                local.append((index, transform(elements[index])))
                index += workers
            }
            let finished = local
            done.withLock { $0 += finished }
        }
        return done.withLock { $0 }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
