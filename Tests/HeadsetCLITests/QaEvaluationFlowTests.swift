import Foundation
import Testing
import XlsxReader

/// The QA life cycle through the CLI on the demo organisation: scorecards imported (published
/// versions frozen), evaluations within the hierarchy only, self-evaluations, disputes by the
/// agent decided by someone else, reports limited to what the reader may see.
@Suite("headset qa evaluate, dispute and report")
struct QaEvaluationFlowTests {
    static var repository: URL { ScheduleRosterCommandTests.repository }

    static func path(_ relative: String) -> String { repository.appendingPathComponent(relative).path }

    /// A database with the demo organisation and the four shipped scorecards.
    static func prepared() throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        let org = try HeadsetProcess.run(["org", "import", "--create", path("org/structure.yaml"), path("org/people.csv"),
                                          path("org/assignments.csv"), path("org/lines.csv"), "--database", "qa.sqlite"],
                                         in: scratch.url)
        #expect(org.status == 0, "\(org.standardError)")
        let cards = try HeadsetProcess.run(["qa", "scorecard", "import", "--create"] + ["voice-call", "email", "chat", "letter"].map {
            path("scorecards/\($0).yaml")
        } + ["--database", "qa.sqlite"], in: scratch.url)
        #expect(cards.status == 0, "\(cards.standardError)")
        return scratch
    }

    static func qa(_ arguments: [String], in scratch: ScratchDirectory, input: String? = nil) throws -> HeadsetProcess.Result {
        try HeadsetProcess.run(["qa"] + arguments + ["--database", "qa.sqlite"], in: scratch.url, input: input)
    }

    static func evaluate(agent: String, by evaluator: String, answers: String = "scorecards/examples/voice-call.yaml",
                         in scratch: ScratchDirectory, extra: [String] = []) throws -> HeadsetProcess.Result {
        try qa(["evaluate", "--scorecard", "voice-call", "--agent", agent, "--evaluator", evaluator, "--answers", path(answers)]
            + extra, in: scratch)
    }

    static func agentMonth(_ agent: String, in scratch: ScratchDirectory) throws -> [String: Any] {
        let result = try qa(["report", "--agent", agent, "--month", "2026-11", "--format", "json"], in: scratch)
        #expect(result.status == 0, "\(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    @Test("scorecards: re-import is unchanged; a changed published version is refused and nothing is stored")
    func scorecardVersions() throws {
        let scratch = try Self.prepared()
        let again = try Self.qa(["scorecard", "import", "--create", Self.path("scorecards/voice-call.yaml")], in: scratch)
        #expect(again.standardOutput.contains("voice-call v1") && again.standardOutput.contains("unchanged"))
        var text = try String(contentsOfFile: Self.path("scorecards/voice-call.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "pass_mark: 80", with: "pass_mark: 75")
        try text.write(to: scratch.file("changed.yaml"), atomically: true, encoding: .utf8)
        let changed = try Self.qa(["scorecard", "import", "--create", "changed.yaml"], in: scratch)
        #expect(changed.status == 1)
        #expect(changed.standardError.contains("changed.yaml"))
        #expect(changed.standardError.contains("v2") || changed.standardError.contains("version"), "\(changed.standardError)")
        let list = try Self.qa(["scorecard", "list", "--format", "json"], in: scratch)
        let cards = try #require(try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]])
        #expect(cards.count == 4)
        #expect(cards.first { $0["key"] as? String == "voice-call" }?["pass_mark"] as? Double == 80)
    }

    @Test("a supervisor evaluates their team; anyone else is refused and nothing is stored; bad answers name the line")
    func permissions() throws {
        let scratch = try Self.prepared()
        let made = try Self.evaluate(agent: "ieva.petraityte", by: "Eglė Žemaitė", in: scratch, extra: ["--format", "json"])
        #expect(made.status == 0, "\(made.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(made.standardOutput.utf8)) as? [String: Any])
        #expect(json["evaluation"] as? String == "call-88123/egle.zemaite")
        #expect(json["score"] as? Double == 92 && json["status"] as? String == "submitted")

        let outsider = try Self.evaluate(agent: "ieva.petraityte", by: "ana.horvat", in: scratch)
        #expect(outsider.status == 1)
        #expect(outsider.standardError.contains("not allowed") && outsider.standardError.contains("Ana Horvat"))
        let upward = try Self.evaluate(agent: "egle.zemaite", by: "ieva.petraityte", in: scratch)
        #expect(upward.status == 1, "an agent cannot evaluate their supervisor")

        var answers = try String(contentsOfFile: Self.path("scorecards/examples/voice-call.yaml"), encoding: .utf8)
        answers = answers.replacingOccurrences(of: "  greeting: 2", with: "  greeting: 7")
        try answers.write(to: scratch.file("bad.yaml"), atomically: true, encoding: .utf8)
        let bad = try Self.qa(["evaluate", "--scorecard", "voice-call", "--agent", "tomas.kazlauskas", "--evaluator", "egle.zemaite",
                               "--answers", "bad.yaml"], in: scratch)
        #expect(bad.status == 1)
        #expect(bad.standardError.contains("bad.yaml:") && bad.standardError.contains("greeting"), "\(bad.standardError)")
        #expect(try Self.agentMonth("ieva.petraityte", in: scratch)["evaluations"] as? Int == 1)
        #expect(try Self.agentMonth("tomas.kazlauskas", in: scratch)["evaluations"] as? Int == 0)
    }

    @Test("self-evaluations are stored but left out of the agent's figures")
    func selfEvaluation() throws {
        let scratch = try Self.prepared()
        let own = try Self.evaluate(agent: "ieva.petraityte", by: "ieva.petraityte", in: scratch, extra: ["--format", "json"])
        #expect(own.status == 0, "\(own.standardError)")
        #expect(own.standardOutput.contains("\"self_evaluation\" : true"))
        #expect(try Self.agentMonth("ieva.petraityte", in: scratch)["evaluations"] as? Int == 0)
    }

    @Test("disputes: only the agent raises, not the evaluator decides; the score is recomputed and the evaluation final")
    func disputes() throws {
        let scratch = try Self.prepared()
        #expect(try Self.evaluate(agent: "ieva.petraityte", by: "egle.zemaite", in: scratch).status == 0)
        let id = "call-88123/egle.zemaite"
        let stranger = try Self.qa(["dispute", "raise", "--evaluation", id, "--by", "tomas.kazlauskas", "--criterion",
                                    "empathy=I was patient"], in: scratch)
        #expect(stranger.status == 1)
        #expect(stranger.standardError.contains("only the evaluated agent"))
        let raised = try Self.qa(["dispute", "raise", "--evaluation", id, "--by", "Ieva Petraitytė", "--criterion",
                                  "discovery-questions=I asked which card only once, at 01:10"], in: scratch)
        #expect(raised.status == 0, "\(raised.standardError)")
        #expect(raised.standardOutput.contains("is disputed"))
        let own = try Self.qa(["dispute", "decide", "--dispute", "\(id)/dispute", "--reviewer", "egle.zemaite", "--verdict", "rejected",
                               "--comment", "I stand by it"], in: scratch)
        #expect(own.status == 1)
        #expect(own.standardError.contains("cannot review"))
        let decided = try Self.qa(["dispute", "decide", "--dispute", "\(id)/dispute", "--reviewer", "jonas.simkus", "--verdict",
                                   "accepted", "--answer", "discovery-questions=3", "--comment", "Asked once at 01:10",
                                   "--format", "json"], in: scratch)
        #expect(decided.status == 0, "\(decided.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(decided.standardOutput.utf8)) as? [String: Any])
        #expect(json["status"] as? String == "final")
        // discovery-questions 2 → 3 of 3 on a weight-1 criterion of a 2-criterion section … recomputed, higher than 92.
        #expect((json["score"] as? Double ?? 0) > 92)
        let again = try Self.qa(["dispute", "raise", "--evaluation", id, "--by", "ieva.petraityte", "--id", "second", "--criterion",
                                 "empathy=again"], in: scratch)
        #expect(again.status == 1, "a final evaluation cannot be disputed again")
    }

    @Test("reports: an agent sees only their own evaluations, a supervisor their team, a manager more")
    func reportVisibility() throws {
        let scratch = try Self.prepared()
        #expect(try Self.evaluate(agent: "ieva.petraityte", by: "egle.zemaite", in: scratch).status == 0)
        #expect(try Self.evaluate(agent: "tomas.kazlauskas", by: "egle.zemaite", in: scratch, extra: ["--id", "tomas-1"]).status == 0)
        for (viewer, expected) in [("ieva.petraityte", 1), ("egle.zemaite", 2), ("ana.horvat", 0)] {
            let result = try Self.qa(["report", "--xlsx", "\(viewer).xlsx", "--as", viewer], in: scratch)
            #expect(result.status == 0, "\(result.standardError)")
            let sheet = try XlsxFile(contentsOf: scratch.file("\(viewer).xlsx")).sheet("Evaluations")
            let ids = (1...max(sheet.maxRow, 1)).compactMap { sheet.cell(row: $0, column: 0)?.value.stringValue }
            #expect(ids.count == expected, "\(viewer) sees \(ids)")
        }
        let peek = try Self.qa(["report", "--agent", "ieva.petraityte", "--month", "2026-11", "--as", "tomas.kazlauskas"], in: scratch)
        #expect(peek.status == 1)
        #expect(peek.standardError.contains("not allowed"))
    }

    @Test("interactive: each criterion is asked until the answer is valid")
    func interactive() throws {
        let scratch = try Self.prepared()
        // 15 criteria on the voice card; one wrong answer first, then valid ones; the bonus skipped.
        let answers = ["9", "2", "yes", "3", "3", "3", "n/a", "accurate", "n/a", "resolved", "n/a", "n/a", "", "yes", "yes", "yes"]
        let result = try Self.qa(["evaluate", "--scorecard", "voice-call", "--agent", "ieva.petraityte", "--evaluator", "egle.zemaite",
                                  "--interactive", "--interaction", "call-1", "--date", "2026-11-20", "--format", "json"],
                                 in: scratch, input: answers.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.standardError)\n\(result.standardOutput)")
        #expect(result.standardOutput.contains("try again"))
        #expect(result.standardOutput.contains("\"evaluation\" : \"call-1/egle.zemaite\""))
        #expect(result.standardOutput.contains("\"score\" : 100"), "every answer the best, N/A removed")
    }

    @Test("only the agent acknowledges; the agent and those above read the evaluation, nobody else")
    func acknowledgeAndShow() throws {
        let scratch = try Self.prepared()
        #expect(try Self.evaluate(agent: "ieva.petraityte", by: "egle.zemaite", in: scratch).status == 0)
        let id = "call-88123/egle.zemaite"
        let other = try Self.qa(["acknowledge", "--evaluation", id, "--by", "tomas.kazlauskas"], in: scratch)
        #expect(other.status == 1)
        #expect(other.standardError.contains("not allowed"))
        let own = try Self.qa(["acknowledge", "--evaluation", id, "--by", "ieva.petraityte"], in: scratch)
        #expect(own.status == 0, "\(own.standardError)")
        for (reader, allowed) in [("ieva.petraityte", true), ("egle.zemaite", true), ("jonas.simkus", true),
                                  ("tomas.kazlauskas", false), ("ana.horvat", false)] {
            let shown = try Self.qa(["show", "--evaluation", id, "--as", reader, "--format", "json"], in: scratch)
            #expect((shown.status == 0) == allowed, "\(reader): \(shown.standardError)")
            if allowed { #expect(shown.standardOutput.contains("\"status\" : \"acknowledged\"")) }
        }
    }
}
