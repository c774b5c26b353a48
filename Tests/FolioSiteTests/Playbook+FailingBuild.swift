import FolioDiagnostics
import Foundation

@testable import FolioSite

extension IncrementalBuildTests.Playbook {
    /// Builds warm in the session (told that `changed` changed), then cold into another folder, each
    /// expected to fail: returns both builds' errors (nil for a build that did not fail), for tests that
    /// hold a failing edit to what a cold build of the same sources reports.
    func failingRebuildAndColdBuild(changed: Set<String>) async throws -> (
        warm: DiagnosticList?, cold: DiagnosticList?
    ) {
        var warmError: DiagnosticList?
        do { _ = try await session.build(changed: changed) } catch let list as DiagnosticList { warmError = list }
        var coldError: DiagnosticList?
        let cold = site.root.appendingPathComponent("cold")
        do {
            try await SiteBuilder(options: BuildOptions(sourceRoot: site.root, output: cold)).build()
        } catch let list as DiagnosticList { coldError = list }
        return (warmError, coldError)
    }
}
