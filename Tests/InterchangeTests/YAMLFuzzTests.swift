import Interchange
import Randomness
import Testing

@Suite("YAML fuzzing")
struct YAMLFuzzTests {
    /// Decodes `text` and records an issue unless it succeeds or throws an error that points
    /// inside the input.
    private func check(_ text: String, seed: UInt64) {
        let lines = yamlLineCount(of: text)
        do {
            _ = try YAMLLoader.decode(Scorecard.self, yaml: text, source: "fuzz.yaml")
        } catch {
            if let line = error.line, !(1...lines + 1).contains(line) {
                Issue.record("seed \(seed): error line \(line) outside 1...\(lines + 1): \(error) in \(text.debugDescription)")
            }
            if error.description.contains("\n") {
                Issue.record("seed \(seed): description spans lines: \(error.description.debugDescription)")
            }
        }
    }

    @Test("mutated valid YAML decodes or gives a located error")
    func mutations() {
        for index in 0..<4_000 {
            let seed = Fuzz.seed(4, index)
            var rng = SplitMix64(seed: seed)
            check(Fuzz.mutateYAML(ScorecardFixture.yaml, &rng), seed: seed)
        }
    }

    @Test("random bytes read as text decode or give a located error")
    func randomBytes() {
        for index in 0..<2_000 {
            let seed = Fuzz.seed(5, index)
            var rng = SplitMix64(seed: seed)
            check(String(decoding: Fuzz.randomBytes(&rng), as: UTF8.self), seed: seed)
        }
    }
}
