import Synchronization

/// Compiled templates for one build (one `PageRenderer`), one per template, language and view shape.
///
/// A site has few shapes (pages with and without a date, a description, neighbours; home pages
/// with their chapter counts), so nearly every page renders from a compiled template. Each new
/// shape is compiled from a probe and checked: the compiled output for the page that introduced
/// it must equal swift-mustache's, byte for byte, or the shape stays with swift-mustache.
final class TemplateShapes: Sendable {
    struct Key: Hashable, Sendable {
        var template: String
        /// The interface strings, which the probe prints as they are, are fixed per language.
        var lang: String
        var shape: [Int]
    }

    enum Entry: Sendable {
        case compiled(CompiledTemplate)
        case swiftMustache
    }

    struct Counts: Sendable, Equatable {
        var compiled = 0
        var swiftMustache = 0
        var pagesFromCompiled = 0
    }

    private let entries = Mutex<[Key: Entry]>([:])
    private let counts = Mutex(Counts())

    init() {}

    /// Shapes compiled and refused so far, and pages rendered from compiled templates.
    var statistics: Counts { counts.withLock { $0 } }

    /// The document for `view` from `template`: from its shape's compiled template when there is
    /// one, otherwise from swift-mustache (and compiled for the next page of this shape).
    func document(_ view: PageView, template: String, templates: TemplateSet) -> [UInt8] {
        guard let used = templates.usage.names[template] else {
            return Array(templates.render(view, template: template).utf8)
        }
        var walker = LeafWalker(used: used, probing: false)
        var reading = view
        reading.walk(&walker)
        let key = Key(template: template, lang: view.lang, shape: walker.shape)
        switch entries.withLock({ $0[key] }) {
        case let .compiled(compiled)?:
            counts.withLock { $0.pagesFromCompiled += 1 }
            return compiled.render(walker.leaves)
        case .swiftMustache?:
            return Array(templates.render(view, template: template).utf8)
        case nil:
            let document = Array(templates.render(view, template: template).utf8)
            var prober = LeafWalker(used: used, probing: true)
            var probe = view
            probe.walk(&prober)
            var entry = Entry.swiftMustache
            if prober.shape == walker.shape, prober.leaves == walker.leaves,
                let compiled = CompiledTemplate(
                    probe: templates.render(probe, template: template), leafCount: walker.leaves.count),
                compiled.render(walker.leaves) == document
            {
                entry = .compiled(compiled)
            }
            let inserted = entries.withLock { entries in
                guard entries[key] == nil else { return false }
                entries[key] = entry
                return true
            }
            if inserted {
                counts.withLock {
                    if case .compiled = entry { $0.compiled += 1 } else { $0.swiftMustache += 1 }
                }
            }
            return document
        }
    }
}
