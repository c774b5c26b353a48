import Ccmark

/// The one walk over cmark's tree that every pass uses: document order, each node entered and
/// (if it can have children) exited, with the file line of the node when a `LineTracker` is given.
///
/// cmark's iterator must not see a changing tree, so a pass reads here and collects the nodes it
/// means to change, then edits them after the walk returns.
enum CmarkWalk {
    /// Whether the walk is entering a node or leaving it (after its children).
    enum Event: Equatable {
        case enter, exit
    }

    /// One step of the walk.
    struct Step {
        var node: OpaquePointer
        var type: cmark_node_type
        var event: Event
        /// The node's line in the tracker's numbering; 0 when the walk tracks no lines.
        var line: Int

        var isEnter: Bool { event == .enter }
    }

    /// Calls `visit` for every step under `root`, `root` included.
    static func walk(_ root: OpaquePointer, _ visit: (Step) -> Void) {
        var tracker: LineTracker?
        walk(root, tracker: &tracker, visit)
    }

    /// The same walk, with `tracker` following the lines of the nodes.
    static func walk(_ root: OpaquePointer, tracking tracker: inout LineTracker, _ visit: (Step) -> Void) {
        var optional: LineTracker? = tracker
        walk(root, tracker: &optional, visit)
        if let optional { tracker = optional }
    }

    /// The nodes under `root` (itself included) that `select` picks on entering them, in document order.
    static func nodes(under root: OpaquePointer, where select: (OpaquePointer, cmark_node_type) -> Bool)
        -> [OpaquePointer]
    {
        var found: [OpaquePointer] = []
        walk(root) { step in
            if step.isEnter, select(step.node, step.type) { found.append(step.node) }
        }
        return found
    }

    private static func walk(_ root: OpaquePointer, tracker: inout LineTracker?, _ visit: (Step) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { break }
            let type = cmark_node_get_type(node)
            let isEnter = event == CMARK_EVENT_ENTER
            if isEnter { tracker?.enter(node, type) }
            visit(Step(node: node, type: type, event: isEnter ? .enter : .exit, line: tracker?.line ?? 0))
            if !isEnter { tracker?.exit(node) }
            event = cmark_iter_next(iterator)
        }
    }
}
