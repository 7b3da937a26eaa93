import Foundation
import Interchange
import Quality
import Randomness
import Testing

/// Answers files under seeded junk and mutations of real files, scored with real cards: every
/// input gives a score or errors that each name the answers (or card) file and a line inside
/// it, one line per message — never a crash.
@Suite("Answers files: fuzzed")
struct AnswersFileFuzzTests {
    enum Outcome { case scored, fileError, problems }

    @discardableResult
    static func check(_ text: String, card: ScorecardFile, seed: UInt64) -> Outcome {
        let lines = yamlLineCount(of: text)
        do {
            let result = try AnswersFile.parse(yaml: text, source: "answers.yaml").score(with: card)
            if let score = result.score, !(0...100).contains(score) { Issue.record("seed \(seed): score \(score) outside 0...100") }
            return .scored
        } catch {
            switch error {
            case .file(let underlying):
                if let line = underlying.line, !(1...lines + 1).contains(line) {
                    Issue.record("seed \(seed): error line \(line) outside 1...\(lines + 1): \(underlying)")
                }
            case .problems(let problems):
                if problems.isEmpty { Issue.record("seed \(seed): no problems in a problems error") }
                for problem in problems where problem.file == "answers.yaml" && !(1...lines + 1).contains(problem.line) {
                    Issue.record("seed \(seed): problem at line \(problem.line) outside the text: \(problem)")
                }
            }
            for message in error.messages where !message.hasPrefix("answers.yaml:") || message.contains("\n") {
                Issue.record("seed \(seed): message not one located line: \(message.debugDescription)")
            }
            if case .file = error { return .fileError }
            return .problems
        }
    }

    static func shipped(_ name: String) throws -> (card: ScorecardFile, answers: String) {
        let directory = ScorecardFileFixture.scorecardsDirectory
        let card = try ScorecardFile.load(from: directory.appendingPathComponent("\(name).yaml"))
        let answers = try String(contentsOf: directory.appendingPathComponent("examples/\(name).yaml"), encoding: .utf8)
        return (card, answers)
    }

    @Test("500 mutations of each shipped example, scored with its card: a score or located errors",
          arguments: ScorecardFileFixture.shippedCards)
    func mutatedExamples(name: String) throws {
        let (card, answers) = try Self.shipped(name)
        var outcomes: [Outcome: Int] = [:]
        for index in 0..<500 {
            let seed = Fuzz.seed(51, index)
            var rng = SplitMix64(seed: seed)
            outcomes[Self.check(Fuzz.mutateYAML(answers, &rng), card: card, seed: seed), default: 0] += 1
        }
        #expect(outcomes[.scored, default: 0] > 0 && outcomes[.fileError, default: 0] > 0 && outcomes[.problems, default: 0] > 0,
                "\(outcomes)")
    }

    @Test("2,000 mutations of the fixture answers: a score or located errors")
    func mutatedFixture() throws {
        let card = try AnswersFileFixture.card
        for index in 0..<2_000 {
            let seed = Fuzz.seed(52, index)
            var rng = SplitMix64(seed: seed)
            Self.check(Fuzz.mutateYAML(AnswersFileFixture.yaml, &rng), card: card, seed: seed)
        }
    }

    @Test("2,000 junk texts: a score or located errors")
    func junk() throws {
        let card = try AnswersFileFixture.card
        for index in 0..<2_000 {
            let seed = Fuzz.seed(53, index)
            var rng = SplitMix64(seed: seed)
            Self.check(String(decoding: Fuzz.randomBytes(&rng), as: UTF8.self), card: card, seed: seed)
        }
    }

    @Test("1,000 answer-shaped junk files: random criteria and values, some long-form")
    func shapedJunk() throws {
        let card = try AnswersFileFixture.card
        let ids = ["greeting", "verify-identity", "resolved", "extra-mile", "hold-music", "Greeting"]
        let values = ["yes", "no", "n/a", "N/A", "0", "2", "3", "-1", "full", "wrong", "partly", "~", "''", "Ž", "2.5", "[1]", "{}",
                      "{ value: yes, evidence: [{ timestamp: '00:03:15' }] }", "{ value: full, comment: Ćorić }",
                      "{ value: 2, evidence: [{ timestamp: '99:99' }] }", "{ comment: only }"]
        for index in 0..<1_000 {
            let seed = Fuzz.seed(54, index)
            var rng = SplitMix64(seed: seed)
            var text = "scorecard: focus-card\n"
            if Bool.random(using: &rng) { text += "interaction: { id: v, channel: voice, date: 2026-11-23, duration: 100 }\n" }
            text += "answers:\n"
            for id in ids.shuffled(using: &rng).prefix(Int.random(in: 0...ids.count, using: &rng)) {
                text += "  \(id): \(values.randomElement(using: &rng) ?? "yes")\n"
            }
            Self.check(text, card: card, seed: seed)
        }
    }
}
