import FolioDiagnostics
import Foundation

/// Everything a build reads from disk, loaded into plain values before anything is rendered.
public struct SiteSource: Sendable {
    public var config: SiteConfig
    public var pages: [Page]
    public var strings: [String: StringTable]
}

/// Reads `content/` and the string tables: the I/O edge of the content side of the pipeline.
///
/// It keeps going after a bad file so one run lists every problem, then throws them together.
public struct ContentLoader: Sendable {
    public var sourceRoot: URL
    public var includeDrafts: Bool

    public init(sourceRoot: URL, includeDrafts: Bool = false) {
        self.sourceRoot = sourceRoot
        self.includeDrafts = includeDrafts
    }

    var contentRoot: URL { sourceRoot.appendingPathComponent("content") }

    public func load(requiredStrings: [String]) throws -> SiteSource {
        let configPath = "content/site.yml"
        let config = try SiteConfig.parse(
            SourceText.read(contentRoot.appendingPathComponent("site.yml"), displayPath: configPath), path: configPath)
        var problems: [Diagnostic] = []
        var pages: [Page] = []

        let entries = (try? FileManager.default.contentsOfDirectory(atPath: contentRoot.path).sorted()) ?? []
        for entry in entries where isDirectory(contentRoot.appendingPathComponent(entry)) {
            guard entry != "data" else { continue }
            guard config.language(entry) != nil else {
                problems.append(
                    Diagnostic(
                        SourceLocation(path: "content/\(entry)"),
                        "unknown language folder '\(entry)'",
                        hint:
                            "add '\(entry)' under `languages:` in content/site.yml, or rename the folder to one of: \(config.languages.map(\.code).joined(separator: ", "))"
                    ))
                continue
            }
            // Reading, decoding and parsing front matter is independent per file: use every core.
            let loader = self
            let results = markdownFiles(in: contentRoot.appendingPathComponent(entry)).concurrentMap {
                relative -> Swift.Result<Page?, DiagnosticList> in
                do {
                    return .success(try loader.loadPage(language: entry, relativePath: relative))
                } catch let diagnostic as Diagnostic {
                    return .failure(DiagnosticList([diagnostic]))
                } catch let list as DiagnosticList {
                    return .failure(list)
                } catch {
                    return .failure(
                        DiagnosticList([Diagnostic(SourceLocation(path: "content/\(entry)/\(relative)"), "\(error)")]))
                }
            }
            for result in results {
                switch result {
                case let .success(page): if let page { pages.append(page) }
                case let .failure(list): problems.append(contentsOf: list.diagnostics)
                }
            }
        }
        for language in config.languages where !pages.contains(where: { $0.language == language.code && $0.isHome }) {
            problems.append(
                Diagnostic(
                    SourceLocation(path: "content/\(language.code)/_index.md"),
                    "language '\(language.code)' has no home page",
                    hint: "create content/\(language.code)/_index.md with a title"
                ))
        }
        problems += duplicateOutputs(pages)

        var strings: [String: StringTable] = [:]
        for language in config.languages {
            let path = "templates/strings/\(language.code).yml"
            do {
                let text = try SourceText.read(sourceRoot.appendingPathComponent(path), displayPath: path)
                strings[language.code] = try StringTable.parse(text, language: language.code, path: path)
            } catch let diagnostic as Diagnostic {
                problems.append(diagnostic)
            } catch let list as DiagnosticList {
                problems.append(contentsOf: list.diagnostics)
            }
        }
        problems += StringTable.missingKeys(
            in: config.languages.compactMap { strings[$0.code] }, required: requiredStrings)

        if !problems.isEmpty { throw DiagnosticList(problems) }
        pages.sort { $0.outputPath.lexicographicallyPrecedes($1.outputPath) }
        return SiteSource(config: config, pages: pages, strings: strings)
    }

    private func loadPage(language: String, relativePath: String) throws -> Page? {
        let displayPath = "content/\(language)/\(relativePath)"
        let text = try SourceText.read(
            contentRoot.appendingPathComponent(language).appendingPathComponent(relativePath), displayPath: displayPath)
        let split = try FrontMatter.split(text, path: displayPath)
        if split.frontMatter.draft && !includeDrafts { return nil }
        let contentPath = String(relativePath.dropLast(3))
        if let slug = split.frontMatter.slug,
            Page.outputPath(language: language, contentPath: "x", slug: slug).count < 2
        {
            throw Diagnostic(
                SourceLocation(path: displayPath, line: 2, column: 1), "slug '\(slug)' has no letters or digits",
                hint: "use a slug such as `kanaler`")
        }
        return Page(
            sourcePath: displayPath, language: language, contentPath: contentPath, frontMatter: split.frontMatter,
            body: split.body, bodyFirstLine: split.bodyFirstLine,
            outputPath: Page.outputPath(language: language, contentPath: contentPath, slug: split.frontMatter.slug)
        )
    }

    private func duplicateOutputs(_ pages: [Page]) -> [Diagnostic] {
        Dictionary(grouping: pages, by: \.outputPath).values.filter { $0.count > 1 }.flatMap { group -> [Diagnostic] in
            let sorted = group.sorted { $0.sourcePath < $1.sourcePath }
            return sorted.dropFirst().map { page in
                Diagnostic(
                    SourceLocation(path: page.sourcePath, line: 1, column: 1),
                    "page writes to \(page.outputPath.joined(separator: "/"))/index.html, as \(sorted[0].sourcePath) does",
                    hint: "give one of them a different `slug` in its front matter"
                )
            }
        }
    }

    private func markdownFiles(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var files: [String] = []
        while let item = enumerator.nextObject() as? String {
            if item.hasSuffix(".md") && !item.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                files.append(item)
            }
        }
        return files.sorted()
    }

    private func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
