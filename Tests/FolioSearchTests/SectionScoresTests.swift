import FolioTestSupport
import Testing

@testable import FolioSearch

/// A body's scores held in one array (`SectionScores`) read back section by section as they were
/// made: 32 bits each for a page of fewer than 2^19 distinct stems, 64 for a larger one.
@Suite struct SectionScoresTests {
    @Test(arguments: [1_000, SectionScores.narrowStems - 1, SectionScores.narrowStems + 5])
    func readsBackEverySectionAsMade(stems: Int) {
        let seed = UInt64.random(in: 1...1_000_000)
        print("SectionScoresTests seed \(seed)")
        var random = SeededRandom(seed: seed)
        for _ in 0..<50 {
            let sections: [[UInt64]] = (0..<Int(random.next() % 6)).map { _ in
                (0..<Int(random.next() % 40)).map { _ in
                    (random.next() % UInt64(stems)) << 16 | (random.next() % 256) << 8 | random.next() % 31
                }
            }
            let scores = SectionScores(sections, stems: stems)
            #expect(scores.count == sections.count, "seed \(seed)")
            for (index, section) in sections.enumerated() {
                #expect(scores.section(index) == section, "seed \(seed)")
                var seen: [UInt64] = []
                scores.forEach(inSection: index) { seen.append($0) }
                #expect(seen == section, "seed \(seed)")
            }
            #expect(scores == SectionScores(sections, stems: stems), "seed \(seed)")
        }
    }
}
