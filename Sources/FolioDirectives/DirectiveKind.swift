/// The fenced code block info strings Folio renders itself: ```chart, ```kpi and ```table.
public enum DirectiveKind: String, Sendable, CaseIterable {
    case chart
    case kpi
    case table
}
