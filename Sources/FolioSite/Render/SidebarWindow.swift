/// Which lines of one sidebar list (the top level, or the open section's pages) a page shows: all
/// of them up to `threshold`, else a window of `width` lines around the current one, followed by a
/// link to the page that lists them all (the language's home, the section's page).
///
/// So a page's sidebar is bounded however large the site grows (issue 30: with 10,000 pages in 100
/// sections, a page at most 1.2× its size with 1,000 pages; see BENCHMARKS.md), while every page
/// stays two links from any page: the "all" link, then the full list.
struct SidebarWindow: Sendable, Equatable {
    /// Lists up to 30 lines are shown whole: about one screen of sidebar (a line is 2.125 rem,
    /// 34 px, in the built-in theme, and a 1080-px screen leaves about 950 px to the page), which
    /// a reader scans at a glance. Every site Folio ships (the playbook, the manual) stays below it.
    static let threshold = 30
    /// A window is 15 lines, half of that screen: the top level's window and the open section's
    /// together still fit on one screen with their two "all" links.
    static let width = 15

    /// The lines shown, as a range of the list's indices.
    var shown: Range<Int>
    /// Whether some lines are left out, so the list ends with its "all" link.
    var isWindowed: Bool

    /// The window over a list of `count` lines in which `current` is the current page's line (or
    /// the line of the folder holding it); nil shows the list's beginning. The window is centred
    /// on `current` and shifted to stay `width` long at either end of the list.
    init(count: Int, current: Int?) {
        guard count > Self.threshold else {
            self.init(shown: 0..<count, isWindowed: false)
            return
        }
        let centre = min(max(current ?? 0, 0), count - 1)
        let start = min(max(centre - Self.width / 2, 0), count - Self.width)
        self.init(shown: start..<(start + Self.width), isWindowed: true)
    }

    private init(shown: Range<Int>, isWindowed: Bool) {
        self.shown = shown
        self.isWindowed = isWindowed
    }
}
