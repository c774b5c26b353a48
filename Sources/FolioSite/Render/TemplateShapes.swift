import Synchronization

/// Compiled templates for one build (one `PageRenderer`), one per template, language and view shape.
///
/// A site has few shapes (pages with and without a date, a description, neighbours), so nearly
/// every page renders from a compiled template. A shape is compiled from a probe when it comes a
/// second time, and checked: the compiled output for that page must equal swift-mustache's, byte
/// for byte, or the shape stays with swift-mustache.
final class TemplateShapes: Sendable {
    struct Key: Hashable, Sendable {
        var template: String
        /// The interface strings, which the probe prints as they are, are fixed per language.
        var lang: String
        var shape: [Int]
    }

    enum Entry: Sendable {
        /// Rendered by swift-mustache once; compiled if it comes again.
        case seenOnce
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

    /// False renders every page with swift-mustache (`BuildOptions.compiledTemplates`), so a
    /// rendering bug can be bisected: if the output changes, compiled templates are to blame.
    let compiling: Bool

    init(compiling: Bool = true) {
        self.compiling = compiling
    }

    /// Shapes compiled and refused so far, and pages rendered from compiled templates.
    var statistics: Counts { counts.withLock { $0 } }

    /// The document for `view` from `template`: from its shape's compiled template when there is
    /// one, otherwise from swift-mustache (and compiled for the next page of this shape).
    func document(_ view: PageView, template: String, templates: TemplateSet) -> [UInt8] {
        guard compiling, let used = templates.usage.names[template] else {
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
            // A shape seen once may never come again (a home page lists every chapter): compiling
            // it would only add a probe render.
            entries.withLock { entries in
                if entries[key] == nil { entries[key] = .seenOnce }
            }
            return Array(templates.render(view, template: template).utf8)
        case .seenOnce?:
            let document = Array(templates.render(view, template: template).utf8)
            var prober = LeafWalker(used: used, probing: true)
            var probe = view
            probe.walk(&prober)
            // Probing only swaps texts for markers: the shape and the leaves it read stay the same.
            precondition(prober.shape == walker.shape && prober.leaves == walker.leaves, "probe changed the shape")
            var entry = Entry.swiftMustache
            if let compiled = CompiledTemplate(
                probe: templates.render(probe, template: template), leafCount: walker.leaves.count),
                compiled.render(walker.leaves) == document
            {
                entry = .compiled(compiled)
            }
            let decided = entries.withLock { entries in
                guard case .seenOnce? = entries[key] else { return false }
                entries[key] = entry
                return true
            }
            if decided {
                counts.withLock {
                    if case .compiled = entry { $0.compiled += 1 } else { $0.swiftMustache += 1 }
                }
            }
            return document
        }
    }
}
