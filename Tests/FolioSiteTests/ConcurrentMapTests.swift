import Testing

@testable import FolioSite

/// `concurrentMap` is Folio's one way to run work in parallel: every page of a build goes through it,
/// so its results must come back complete and in input order whatever order the cores finish in.
@Suite struct ConcurrentMapTests {
    @Test func keepsInputOrderAndEveryResult() {
        let input = Array(0..<10_000)
        let output = input.concurrentMap { number -> Int in
            // Uneven work, so later items often finish before earlier ones.
            var spin = 0
            for step in 0..<(number % 7) * 50 { spin &+= step }
            return spin >= 0 ? number : -1
        }
        #expect(output == input)
    }

    @Test func mapsAnEmptyArray() {
        let output = [Int]().concurrentMap { $0 * 2 }
        #expect(output.isEmpty)
    }
}
