import FolioData

/// The value of every `InputKey` in one build, so that two builds can be compared key by key:
/// a key changed when its values differ, whatever edit made them differ.
struct KeyValues {
    let inputs: SiteInputs
    let current: CurrentPages
    let plan: SitePlan
    let tables: [String: DataFile]

    init(inputs: SiteInputs, current: CurrentPages, plan: SitePlan) {
        self.inputs = inputs
        self.current = current
        self.plan = plan
        tables = inputs.readableTables
    }

    /// Whether `key` has the same value here as in `other`. Keys made in the build itself
    /// (rendered bodies, metric usage) are compared there and count as the same here.
    func same(_ key: InputKey, as other: KeyValues) -> Bool {
        switch key {
        case let .source(folder): return current.page(at: folder) == other.current.page(at: folder)
        case let .text(folder):
            let (mine, theirs) = (current.page(at: folder), other.current.page(at: folder))
            return Page.sameText(mine, theirs) && mine?.bodyFirstLine == theirs?.bodyFirstLine
                && mine?.sourcePath == theirs?.sourcePath && mine?.outputPath == theirs?.outputPath
        case let .revision(folder):
            let (mine, theirs) = (current.page(at: folder), other.current.page(at: folder))
            return mine == theirs || mine?.revision == theirs?.revision
        case let .row(folder): return current.page(at: folder)?.row == other.current.page(at: folder)?.row
        case .renderedBody, .headings, .metricUsage: return true
        case let .newestDate(language): return current.newestDate(language) == other.current.newestDate(language)
        case .menu, .order, .neighbours, .versions, .section, .listing, .sidebar, .sectionEntries:
            return samePlan(as: other) || plan.same(key, as: other.plan)
        case .headers: return samePlan(as: other) || sameHeaders(as: other)
        case let .table(name): return tables[name] == other.tables[name]
        case .config: return inputs.source.config == other.inputs.source.config
        case .strings: return inputs.source.strings == other.inputs.source.strings
        case .templates: return inputs.templates.sources == other.inputs.templates.sources
        case .stylesheet:
            return inputs.stylesheet.fileName == other.inputs.stylesheet.fileName
                && inputs.stylesheet.contents == other.inputs.stylesheet.contents
        case .favicon: return inputs.favicon == other.inputs.favicon
        case .metrics: return inputs.metrics == other.inputs.metrics
        case .events: return inputs.events == other.inputs.events
        }
    }

    /// The two builds share one plan (the later kept the earlier's): every planned value is the same.
    private func samePlan(as other: KeyValues) -> Bool {
        plan.identity === other.plan.identity
    }

    /// Whether every page has the same place and front matter.
    private func sameHeaders(as other: KeyValues) -> Bool {
        let (mine, theirs) = (plan.context.pagesByPath, other.plan.context.pagesByPath)
        return mine.count == theirs.count && mine.allSatisfy { SitePlan.sameLink($1, theirs[$0]) }
    }
}
