import Foundation
import Interchange
import Quality
import Randomness
import Testing

/// Scorecard files under seeded junk and mutations of real files: every input gives a valid
/// scorecard or errors that each name the file and a line inside it, one line per message —
/// never a crash. Replay a failure with `HEADSET_FUZZ_SEED` (see ``Fuzz``).
@Suite("Scorecard files: fuzzed")
struct ScorecardFileFuzzTests {
    enum Outcome { case card, fileError, problems }

    /// Records an issue unless `text` loads as a valid card or fails with located messages.
    @discardableResult
    static func check(_ text: String, seed: UInt64, source: String = "fuzz.yaml") -> Outcome {
        let lines = yamlLineCount(of: text)
        do {
            let file = try ScorecardFile.parse(yaml: text, source: source)
            if !file.scorecard.validate().isEmpty { Issue.record("seed \(seed): loaded a card that does not validate") }
            return .card
        } catch {
            switch error {
            case .file(let underlying):
                if let line = underlying.line, !(1...lines + 1).contains(line) {
                    Issue.record("seed \(seed): error line \(line) outside 1...\(lines + 1): \(underlying)")
                }
            case .problems(let problems):
                if problems.isEmpty { Issue.record("seed \(seed): no problems in a problems error") }
                for problem in problems where !(1...lines + 1).contains(problem.line) || problem.column < 1 {
                    Issue.record("seed \(seed): problem at \(problem.line):\(problem.column) outside the text: \(problem)")
                }
            }
            for message in error.messages where !message.hasPrefix(source + ":") || message.contains("\n") {
                Issue.record("seed \(seed): message not one located line: \(message.debugDescription)")
            }
            if case .file = error { return .fileError }
            return .problems
        }
    }

    @Test("3,000 mutations of the fixture card: a valid card or located errors")
    func mutatedFixture() {
        var outcomes: [Outcome: Int] = [:]
        for index in 0..<3_000 {
            let seed = Fuzz.seed(41, index)
            var rng = SplitMix64(seed: seed)
            outcomes[Self.check(Fuzz.mutateYAML(ScorecardFileFixture.yaml, &rng), seed: seed), default: 0] += 1
        }
        // The mutations reach all three ends: cards, decoding errors and validation problems.
        #expect(outcomes[.card, default: 0] > 0 && outcomes[.fileError, default: 0] > 0 && outcomes[.problems, default: 0] > 0,
                "\(outcomes)")
    }

    @Test("300 mutations of each shipped scorecard: a valid card or located errors", arguments: ScorecardFileFixture.shippedCards)
    func mutatedShippedCard(name: String) throws {
        let text = try String(contentsOf: ScorecardFileFixture.scorecardsDirectory.appendingPathComponent("\(name).yaml"), encoding: .utf8)
        for index in 0..<300 {
            let seed = Fuzz.seed(42, index)
            var rng = SplitMix64(seed: seed)
            Self.check(Fuzz.mutateYAML(text, &rng), seed: seed, source: "scorecards/\(name).yaml")
        }
    }

    @Test("2,000 junk texts: a valid card or located errors")
    func junk() {
        for index in 0..<2_000 {
            let seed = Fuzz.seed(43, index)
            var rng = SplitMix64(seed: seed)
            Self.check(String(decoding: Fuzz.randomBytes(&rng), as: UTF8.self), seed: seed)
        }
    }

    @Test("1,000 scorecard-shaped junk texts built from the format's own keys and values")
    func shapedJunk() {
        let keys = ["key", "version", "status", "title", "translations", "channels", "pass_mark", "sections", "id", "weight",
                    "criteria", "label", "type", "points", "choices", "value", "na_allowed", "critical", "class", "effect",
                    "bonus_points", "fails_critical", "guidance", "text", "lt", "LT"]
        let values = ["voice", "[voice]", "[]", "{}", "1", "0", "-1", "2.5", "yes-no", "scale", "choice", "true", "~", "''",
                      "Ž", "published", "compliance", "fail-section", "x y", "[{ value: 0, label: a }, { value: 1, label: b }]"]
        for index in 0..<1_000 {
            let seed = Fuzz.seed(44, index)
            var rng = SplitMix64(seed: seed)
            var text = ""
            for _ in 0..<Int.random(in: 1...25, using: &rng) {
                let indent = String(repeating: "  ", count: Int.random(in: 0...4, using: &rng))
                let dash = Bool.random(using: &rng) ? "- " : ""
                let key = keys.randomElement(using: &rng) ?? "key"
                let value = Int.random(in: 0..<3, using: &rng) == 0 ? "" : " " + (values.randomElement(using: &rng) ?? "")
                text += "\(indent)\(dash)\(key):\(value)\n"
            }
            Self.check(text, seed: seed)
        }
    }
}
