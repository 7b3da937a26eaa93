import Foundation
import Testing

/// `headset qa score`: the shipped examples score to hand-computed values, critical errors act
/// as the card says, the JSON keeps its documented keys, and a wrong answers file names the
/// line and the criterion.
@Suite("headset qa score")
struct QaScoreCommandTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let card: String
        let answers: String
        let score: Double
        let ignoringCriticals: Double
        let passed: Bool
        let outcome: String
        var testDescription: String { answers }
    }

    /// Hand computations (section weight × section score, Σ ÷ Σ weights, then bonus; every
    /// shipped card's section weights add up to 20):
    static let examples: [Example] = [
        // voice-call: greeting-verification 4 × (1·1 + 2·1)/3 = 4; listening 3 × (1 + ⅔)/2 = 2.5;
        // empathy 3 × (1 + ⅔)/2 = 2.5; information 4 × 1 (policy N/A) = 4; resolution
        // 4 × (2·1 + 1·0 + 1·1)/4 = 3; records 2 × 1 = 2. 18/20 = 90 %, + 2 bonus = 92 %.
        Example(card: "voice-call", answers: "voice-call", score: 92, ignoringCriticals: 92, passed: true, outcome: "passed"),
        // The same with verify-identity "no": fail-evaluation → 0 %. Ignoring criticals the first
        // section is 4 × (1 + 0)/3 = 4/3: (4/3 + 14)/20 = 76.67 %, + 2 bonus = 78.67 %.
        Example(card: "voice-call", answers: "voice-call-identity-not-verified", score: 0, ignoringCriticals: 100 * (4.0 / 3 + 14) / 20 + 2,
                passed: false, outcome: "failed-by-critical"),
        // email: greeting-verification 3 × (1·½ + 2·1)/3 = 2.5; understanding 4 × 1 (calming N/A)
        // = 4; information 5 × 1 (policy N/A) = 5; resolution 3 × 1 (upselling, escalation N/A)
        // = 3; writing 3 × (½ + 1)/2 = 2.25; records 2. 18.75/20 = 93.75 %.
        Example(card: "email", answers: "email", score: 93.75, ignoringCriticals: 93.75, passed: true, outcome: "passed"),
        // chat: 3 + 3 + 3 + 4; resolution 3 × (2·1 + 0)/3 (escalation N/A) = 2; chat handling
        // 2 × (½ + 1)/2 = 1.5; records fail-section (record-resolution "no") = 0. 16.5/20 = 82.5 %,
        // passed despite the business-critical error. Ignoring it records are 2 × ⅔: 89.17 %.
        Example(card: "chat", answers: "chat", score: 82.5, ignoringCriticals: 100 * (16.5 + 4.0 / 3) / 20, passed: true, outcome: "passed"),
        // letter: 3 + 4; information 5 × (2·1 + 1·⅔ + 2·⅔)/5 = 4; resolution 3 × (2 + 1)/3 = 3
        // (upselling N/A); writing 3 × (1 + ⅔)/2 = 2.5; records 2. 18.5/20 = 92.5 %.
        Example(card: "letter", answers: "letter", score: 92.5, ignoringCriticals: 92.5, passed: true, outcome: "passed"),
    ]

    static func score(card: String, answers: String, format: String = "json") throws -> HeadsetProcess.Result {
        try QaScoreFiles.run(["qa", "score", "--scorecard", card, "--answers", answers, "--format", format])
    }

    @Test("each shipped example scores to its hand-computed score", arguments: examples)
    func shippedExample(_ example: Example) throws {
        let result = try Self.score(card: QaScoreFiles.card(example.card), answers: QaScoreFiles.example(example.answers))
        #expect(result.status == 0, "\(result.standardError)")
        let json = try QaScoreFiles.json(result)
        let score = try #require(json["score"] as? Double)
        #expect(abs(score - example.score) < 1e-6)
        let ignoring = try #require(json["score_ignoring_criticals"] as? Double)
        #expect(abs(ignoring - example.ignoringCriticals) < 1e-6)
        #expect(json["passed"] as? Bool == example.passed)
        #expect(json["outcome"] as? String == example.outcome)
    }

    @Test("the JSON keys: score, passed, critical per class, sections, criteria, trace and the rest, none left out when null")
    func jsonKeys() throws {
        let json = try QaScoreFiles.json(try Self.score(card: QaScoreFiles.card("chat"), answers: QaScoreFiles.example("chat")))
        #expect(Set(json.keys) == ["score", "passed", "critical", "sections", "trace", "score_ignoring_criticals", "outcome", "pass_mark",
                                   "failed_evaluation_by", "bonus_earned", "bonus_added", "criteria", "scorecard", "answers_file",
                                   "interaction"])
        let critical = try #require(json["critical"] as? [String: [String: Any]])
        #expect(Set(critical.keys) == ["customer", "business", "compliance"])
        #expect(critical.values.allSatisfy { Set($0.keys) == ["passed", "failed", "not_applicable"] })
        #expect(critical["business"]?["passed"] as? Bool == false)
        #expect(critical["business"]?["failed"] as? [String] == ["record-resolution"])
        #expect(critical["compliance"]?["passed"] as? Bool == true && critical["compliance"]?["not_applicable"] as? Bool == false)
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(sections.allSatisfy {
            Set($0.keys) == ["id", "title", "weight", "score", "score_ignoring_criticals", "weight_used", "not_applicable",
                             "not_applicable_criteria", "failed_by"]
        })
        #expect(sections.last?["failed_by"] as? [String] == ["record-resolution"] && sections.last?["score"] as? Double == 0)
        let criteria = try #require(json["criteria"] as? [[String: Any]])
        #expect(criteria.allSatisfy {
            Set($0.keys) == ["id", "section", "label", "answer", "fraction", "weight", "bonus", "bonus_points", "failed_critical",
                             "comment", "evidence"]
        })
        let responsiveness = try #require(criteria.first { $0["id"] as? String == "chat-responsiveness" })
        #expect(responsiveness["fraction"] as? Double == 0.5 && responsiveness["answer"] as? String == "1")
        let evidence = try #require(responsiveness["evidence"] as? [[String: Any]])
        #expect(evidence.map { $0["timestamp_seconds"] as? Double } == [252, 450])
        let escalation = try #require(criteria.first { $0["id"] as? String == "correct-escalation" })
        #expect(escalation["fraction"] is NSNull && escalation["answer"] as? String == "n/a")
        let trace = try #require(json["trace"] as? [[String: Any]])
        #expect(trace.allSatisfy { Set($0.keys) == ["kind", "message", "section", "criterion"] })
        #expect(trace.last?["kind"] as? String == "outcome")
        #expect(trace.contains { $0["kind"] as? String == "section-failed" && $0["criterion"] as? String == "record-resolution" })
        let interaction = try #require(json["interaction"] as? [String: Any])
        #expect(interaction["start"] as? String == "14:02" && interaction["duration_seconds"] as? Double == 700)
    }

    @Test("a fail-evaluation error: score 0, failed, the compliance class failed, the bonus withheld")
    func failEvaluation() throws {
        let json = try QaScoreFiles.json(try Self.score(card: QaScoreFiles.card("voice-call"),
                                                        answers: QaScoreFiles.example("voice-call-identity-not-verified")))
        #expect(json["failed_evaluation_by"] as? [String] == ["verify-identity"])
        #expect((json["critical"] as? [String: [String: Any]])?["compliance"]?["failed"] as? [String] == ["verify-identity"])
        #expect(json["bonus_earned"] as? Double == 2 && json["bonus_added"] as? Double == 0)
        #expect((json["trace"] as? [[String: Any]])?.contains { $0["kind"] as? String == "bonus-withheld" } == true)
    }

    @Test("a fail-section error: inaccurate information zeroes its section; 72 % is below the pass mark")
    func failSection() throws {
        // Information 4 × 0 instead of 4: 14/20 = 70 %, + 2 bonus = 72 % < 80.
        let answers = try QaScoreFiles.text(QaScoreFiles.example("voice-call"))
            .replacingOccurrences(of: "accurate-information: accurate", with: "accurate-information: incorrect")
        let result = try QaScoreFiles.run(["qa", "score", "--scorecard", QaScoreFiles.card("voice-call"), "--answers", "a.yaml",
                                           "--format", "json"], files: ["a.yaml": answers])
        let json = try QaScoreFiles.json(result)
        #expect(json["score"] as? Double == 72 && json["outcome"] as? String == "below-pass-mark" && json["passed"] as? Bool == false)
        #expect((json["critical"] as? [String: [String: Any]])?["customer"]?["failed"] as? [String] == ["accurate-information"])
        let information = (json["sections"] as? [[String: Any]])?.first { $0["id"] as? String == "information-policy" }
        #expect(information?["score"] as? Double == 0 && information?["score_ignoring_criticals"] as? Double == 0)
    }

    @Test("a wrong answers file names the line, the field and the criterion, every problem, and exits 1")
    func wrongAnswers() throws {
        var answers = try QaScoreFiles.text(QaScoreFiles.example("email"))
        answers = answers.replacingOccurrences(of: "  verify-identity: yes\n", with: "  verify-identity: n/a\n")
        answers = answers.replacingOccurrences(of: "  writing-quality: 3\n", with: "  writing-quality: 4\n")
        answers = answers.replacingOccurrences(of: "  record-resolution: yes\n", with: "  record-outcome: yes\n")
        let result = try QaScoreFiles.run(["qa", "score", "--scorecard", QaScoreFiles.card("email"), "--answers", "answers.yaml"],
                                          files: ["answers.yaml": answers])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines == [
            "headset: error: answers.yaml:6:1: field 'answers': criterion 'record-resolution' is not answered (answer N/A explicitly where it does not apply)",
            "headset: error: answers.yaml:10:20: field 'answers.verify-identity': criterion 'verify-identity' does not allow N/A",
            "headset: error: answers.yaml:23:20: field 'answers.writing-quality': criterion 'writing-quality': 4 is not on the scale (0, 1, 2, 3)",
            "headset: error: answers.yaml:26:3: field 'answers.record-outcome': answer for unknown criterion 'record-outcome'",
        ])
    }

    @Test("answers for another card, a broken card, and a missing file are input errors (exit 1)")
    func inputErrors() throws {
        let other = try Self.score(card: QaScoreFiles.card("letter"), answers: QaScoreFiles.example("email"), format: "table")
        #expect(other.status == 1)
        #expect(other.standardError.contains("email.yaml:3:12: field 'scorecard': the answers are for scorecard 'email'"))
        let card = try QaScoreFiles.text(QaScoreFiles.card("chat")).replacingOccurrences(of: "pass_mark: 80", with: "pass_mark: 180")
        let broken = try QaScoreFiles.run(["qa", "score", "--scorecard", "chat.yaml", "--answers", QaScoreFiles.example("chat")],
                                          files: ["chat.yaml": card])
        #expect(broken.status == 1)
        #expect(broken.standardError.hasPrefix("headset: error: chat.yaml:12:12: field 'pass_mark'"))
        let missing = try QaScoreFiles.run(["qa", "score", "--scorecard", "none.yaml", "--answers", "none.yaml"])
        #expect(missing.status == 1 && missing.standardError.contains("none.yaml: cannot read the file"))
        let usage = try QaScoreFiles.run(["qa", "score", "--scorecard", "x.yaml"])
        #expect(usage.status == 2)
    }

    @Test("the table explains the score: verdict, sections, critical errors by class, and the numbered trace")
    func table() throws {
        let result = try Self.score(card: QaScoreFiles.card("chat"), answers: QaScoreFiles.example("chat"), format: "table")
        #expect(result.status == 0)
        let text = result.standardOutput
        #expect(text.hasPrefix("chat v1: Chat\nScore 82.5%: passed (pass mark 80%); 89.17% ignoring critical criteria\n"))
        #expect(text.contains("Record keeping"))
        #expect(text.contains("failed by record-resolution"))
        #expect(text.contains("Critical errors:\n  customer-critical: passed\n  business-critical: failed (record-resolution)\n  compliance-critical: passed"))
        #expect(text.contains("How the score was reached:\n  1. Section 'Greeting and verification' scored 100% (weight 3)"))
        #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") })
        let lithuanian = try QaScoreFiles.run(["qa", "score", "--scorecard", QaScoreFiles.card("chat"), "--answers",
                                               QaScoreFiles.example("chat"), "--language", "lt"])
        #expect(lithuanian.standardOutput.contains("Informacijos registravimas"))
    }

    @Test("--format csv: one row per criterion")
    func csv() throws {
        let result = try Self.score(card: QaScoreFiles.card("voice-call"), answers: QaScoreFiles.example("voice-call"), format: "csv")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first == "section,criterion,answer,fraction,weight,bonus,bonus_points,failed_critical")
        #expect(lines.count == 16)
        #expect(lines.contains("resolution,went-extra-mile,yes,1,1,true,2,false"))
    }
}
