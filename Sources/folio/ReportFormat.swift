import ArgumentParser

/// `--format` of the commands that print a report (`check`, `translations status`): the same two
/// shapes everywhere, text for people and JSON for CI.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
