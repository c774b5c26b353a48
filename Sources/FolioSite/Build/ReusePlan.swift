/// What a build may take from the previous one, decided once from the two builds' inputs before
/// any page renders (see `BuildCache` for why each comparison is enough).
///
/// A plan made from an empty cache reuses nothing: that is a cold build.
struct ReusePlan: Sendable {
    /// What every body of this build is rendered against, kept for the next build to compare.
    let environment: BodyEnvironment
    /// Everything this build's page surroundings are made from, kept for the next build to compare;
    /// nil in a build that keeps nothing for a next one (`folio build`).
    let shellInputs: ShellInputs?
    /// Bodies were rendered against the same configuration, strings and metrics.
    private let sameEnvironment: Bool
    /// Data files added, removed or changed since the previous build; compared once here, not once
    /// per page that reads them.
    private let changedData: Set<String>
    /// Nothing around any page changed: a page with a reused body keeps its file.
    private let sameShellInputs: Bool
    /// The templates are the same: a page whose view is equal keeps its file.
    private let sameTemplates: Bool
    private var bodies: [String: Shared<CachedBody>]
    private var shells: [String: Shared<CachedShell>]

    /// With `keeping` false (a build that keeps nothing), the shell inputs are not gathered: that
    /// hashes every source-language page body on one core, 0.1 s of a 10,002-page build.
    init(inputs: SiteInputs, previous old: BuildCache, keeping: Bool = true) {
        let source = inputs.source
        environment = BodyEnvironment(
            config: source.config, strings: source.strings, metrics: inputs.metrics, events: inputs.events)
        let shellInputs =
            keeping
            ? ShellInputs(
                pages: source.pages,
                sourceLanguage: source.config.languages.count > 1 ? source.config.defaultLanguage : nil,
                stylesheetName: inputs.stylesheet.fileName, templates: inputs.templates) : nil
        self.shellInputs = shellInputs
        sameEnvironment = old.environment == environment
        let oldTables = old.tables ?? [:]
        let tables = inputs.readableTables
        changedData = Set(oldTables.keys).union(tables.keys).filter { oldTables[$0] != tables[$0] }
        sameShellInputs = shellInputs != nil && old.shellInputs == shellInputs
        sameTemplates = shellInputs != nil && old.shellInputs?.templates == shellInputs?.templates
        bodies = old.bodies
        shells = old.shells
    }

    /// The previous build's body of the page written at `path` (a fallback page shares its
    /// source's file, so bodies are kept by output path), if it was rendered from the same text in the same
    /// environment and none of the data files it read changed.
    func body(of page: Page, at path: String) -> Shared<CachedBody>? {
        guard sameEnvironment, let cached = bodies[path], cached.value.body == page.body,
            cached.value.outputPath == page.outputPath, cached.value.firstLine == page.bodyFirstLine,
            cached.value.language == page.contentLanguage,
            cached.value.dataRead.isDisjoint(with: changedData)
        else { return nil }
        return cached
    }

    /// The previous build's file at `path`, if neither the body nor anything around the page changed.
    func shell(at path: String, bodyReused: Bool) -> Shared<CachedShell>? {
        guard bodyReused, sameShellInputs else { return nil }
        return shells[path]
    }

    /// The previous build's file at `path`, if it was rendered from an equal view with the same templates.
    func shell(at path: String, view: PageView) -> Shared<CachedShell>? {
        guard sameTemplates, let cached = shells[path], cached.value.view == view else { return nil }
        return cached
    }

    /// Lets go of the previous build's results, once this build's are in the session's cache: a
    /// plan kept beyond its build (`SettledBuild`) would otherwise hold two generations of pages.
    mutating func forgetPrevious() {
        bodies = [:]
        shells = [:]
    }
}
