import Synchronization
import Testing

@testable import FolioData

@Suite struct MemoTests {
    @Test func computesEachKeyOnce() {
        let memo = Memo<String, Int>()
        let calls = Mutex(0)
        for key in ["a", "b", "a", "a", "b"] {
            _ = memo.value(for: key) { key in
                calls.withLock { $0 += 1 }
                return key.count
            }
        }
        #expect(calls.withLock { $0 } == 2)
        #expect(memo.value(for: "a") { _ in 99 } == 1)
    }

    /// Remembered texts must be what a fresh formatter gives, including for values that compare
    /// equal but format differently (`-0.0` and `0.0`).
    @Test func formatterRemembersExactRequests() {
        let remembering = ValueFormatter(localeIdentifier: "sv_SE")
        for value in [0.0, -0.0, 0.5, 0.5, -0.0, 1234.5] {
            let fresh = ValueFormatter(localeIdentifier: "sv_SE")
            #expect(remembering.number(value, fractionDigits: 1) == fresh.number(value, fractionDigits: 1))
            #expect(remembering.percent(value) == fresh.percent(value))
            #expect(remembering.number(value) == fresh.number(value))
        }
        #expect(remembering.month(year: 2026, month: 3) == "mars 2026")
        #expect(remembering.month(year: 2026, month: 3) == "mars 2026")
    }
}
