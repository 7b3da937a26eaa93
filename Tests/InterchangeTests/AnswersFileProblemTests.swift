import Interchange
import Quality
import Testing

/// What the scoring engine (and the file's own checks) find wrong with answers is reported at
/// the answer's line: the value for a wrong value, the key for an unknown criterion, the
/// `answers:` line for a criterion left out.
@Suite("Answers files: problems located")
struct AnswersFileProblemTests {
    @Test("each answer problem at its line", arguments: [
        ([5: "  greeting: 3"], ["answers.yaml:5:13: field 'answers.greeting': criterion 'greeting': 3 is not on the scale (0, 2)"]),
        ([7: "    value: n/a"], ["answers.yaml:7:12: field 'answers.verify-identity.value': criterion 'verify-identity' does not allow N/A"]),
        ([13: "  resolved: partly"],
         ["answers.yaml:13:13: field 'answers.resolved': criterion 'resolved': no choice 'partly' (choices: full, wrong)"]),
        ([5: "  greeting: yes"],
         ["answers.yaml:5:13: field 'answers.greeting': criterion 'greeting': answered yes, expected a scale value, one of 0, 2"]),
        ([14: "  extra-mile: ~\n  hold-music: yes"],
         ["answers.yaml:15:3: field 'answers.hold-music': answer for unknown criterion 'hold-music'"]),
        ([13: ""],
         ["answers.yaml:4:1: field 'answers': criterion 'resolved' is not answered (answer N/A explicitly where it does not apply)"]),
        ([13: "  resolved:"],
         ["answers.yaml:13:3: field 'answers.resolved': criterion 'resolved' is not answered (answer N/A explicitly where it does not apply)"]),
    ] as [([Int: String], [String])])
    func located(replacements: [Int: String], expected: [String]) throws {
        #expect(try AnswersFileFixture.messages(AnswersFileFixture.replacingLines(replacements)) == expected)
    }

    @Test("every problem at once, sorted by line")
    func allAtOnce() throws {
        let yaml = AnswersFileFixture.replacingLines([5: "  greeting: 7", 7: "    value: maybe", 13: "  hold-music: yes"])
        let messages = try AnswersFileFixture.messages(yaml)
        #expect(messages.map { $0.split(separator: ":").prefix(2).joined(separator: ":") }
            == ["answers.yaml:4", "answers.yaml:5", "answers.yaml:7", "answers.yaml:13"])
        #expect(messages[0].hasSuffix("criterion 'resolved' is not answered (answer N/A explicitly where it does not apply)"))
        #expect(messages[2].contains("criterion 'verify-identity': answered choice 'maybe', expected yes or no"))
    }

    @Test("answers for another scorecard or version are refused at the scorecard or version line")
    func wrongCard() throws {
        #expect(try AnswersFileFixture.messages(AnswersFileFixture.replacingLines([1: "scorecard: voice-call"]))
            == ["answers.yaml:1:12: field 'scorecard': the answers are for scorecard 'voice-call', but card.yaml is 'focus-card'"])
        #expect(try AnswersFileFixture.messages(AnswersFileFixture.replacingLines([2: "version: 2"]))
            == ["answers.yaml:2:10: field 'version': the answers are for focus-card v2, but card.yaml is focus-card v3"])
        #expect(try AnswersFileFixture.messages(AnswersFileFixture.replacingLines([2: ""])) == [], "the version is optional")
    }

    @Test("an interaction on a channel the card does not cover, and evidence after its end, are located")
    func interactionChecks() throws {
        let yaml = AnswersFileFixture.replacingLines([
            3: "interaction: { id: visit-7, channel: email, date: 2026-11-23, duration: 120 }",
        ])
        #expect(try AnswersFileFixture.messages(yaml) == [
            "answers.yaml:3:38: field 'interaction.channel': scorecard focus-card v3 is not written for the email channel (it covers in-person, voice)",
            "answers.yaml:10:20: field 'answers.verify-identity.evidence[0].timestamp': "
                + "criterion 'verify-identity': evidence at 00:03:15 is after the end of the interaction (00:02:00 long)",
        ])
    }
}
