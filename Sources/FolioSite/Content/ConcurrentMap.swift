import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map` on every core, results in input order: for independent, CPU-bound work on plain values such as
    /// reading and parsing thousands of pages or rendering them. Folio's one way to run work in parallel.
    ///
    /// `concurrentPerform` rather than a task group: it runs on the calling thread and one worker per core,
    /// taking indices as each finishes, so 10,000 pages cost no task each; and it is synchronous, so loading
    /// code that is not `async` uses it as the build does. Each result goes straight to its slot under a
    /// `Mutex` held only for that store.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let slots = Mutex([Result?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = transform(self[index])
            slots.withLock { $0[index] = result }
        }
        return slots.withLock { slots in slots.compactMap { $0 } }
    }
}
