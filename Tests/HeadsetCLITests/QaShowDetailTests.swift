import Foundation
import Testing

/// Regression tests for defects a new user hit in `qa evaluate`, `qa show`, `qa report` and
/// reads of a database that is not there (issue 12).
@Suite("headset qa: drafts, full evaluation detail, JSON numbers, empty ranges, missing databases")
struct QaShowDetailTests {
    typealias Flow = QaEvaluationFlowTests

    @Test("a draft is finished by the same command without --draft; the agent cannot read the draft")
    func draftThenSubmit() throws {
        let scratch = try Flow.prepared()
        let draft = try Flow.evaluate(agent: "ieva.petraityte", by: "egle.zemaite", in: scratch, extra: ["--draft"])
        #expect(draft.status == 0, "\(draft.standardError)")
        let id = "call-88123/egle.zemaite"
        let peek = try Flow.qa(["show", "--evaluation", id, "--as", "ieva.petraityte"], in: scratch)
        #expect(peek.status == 1)
        #expect(peek.standardError.contains("draft"), "\(peek.standardError)")
        let submitted = try Flow.evaluate(agent: "ieva.petraityte", by: "egle.zemaite", in: scratch, extra: ["--format", "json"])
        #expect(submitted.status == 0, "\(submitted.standardError)")
        #expect(submitted.standardOutput.contains("\"status\" : \"submitted\""))
        #expect(try Flow.qa(["show", "--evaluation", id, "--as", "ieva.petraityte"], in: scratch).status == 0)
    }

    @Test("qa show --format json has every criterion's answer, points, comment and evidence, and the disputes; csv is CSV")
    func showInFull() throws {
        let scratch = try Flow.prepared()
        #expect(try Flow.evaluate(agent: "ieva.petraityte", by: "egle.zemaite", in: scratch).status == 0)
        let id = "call-88123/egle.zemaite"
        let raised = try Flow.qa(["dispute", "raise", "--evaluation", id, "--by", "ieva.petraityte", "--criterion",
                                  "discovery-questions=I asked which card only once"], in: scratch)
        #expect(raised.status == 0, "\(raised.standardError)")
        let shown = try Flow.qa(["show", "--evaluation", id, "--as", "egle.zemaite", "--format", "json"], in: scratch)
        #expect(shown.status == 0, "\(shown.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any])
        let criteria = try #require(json["criteria"] as? [[String: Any]])
        #expect(criteria.count > 5)
        #expect(criteria.allSatisfy { $0.keys.contains("answer") && $0.keys.contains("fraction") && $0.keys.contains("comment")
            && $0["evidence"] is [Any] })
        #expect(json["critical"] is [String: Any])
        let disputes = try #require(json["disputes"] as? [[String: Any]])
        #expect(disputes.count == 1)
        #expect(disputes[0]["status"] as? String == "open")
        #expect(disputes[0]["verdict"] is NSNull)
        let items = try #require(disputes[0]["items"] as? [[String: Any]])
        #expect(items.first?["reason"] as? String == "I asked which card only once")
        let csv = try Flow.qa(["show", "--evaluation", id, "--as", "egle.zemaite", "--format", "csv"], in: scratch)
        #expect(csv.standardOutput.hasPrefix("evaluation,section,criterion,label,answer,fraction"))
        let table = try Flow.qa(["show", "--evaluation", id, "--as", "egle.zemaite"], in: scratch)
        #expect(table.standardOutput.contains("discovery-questions"))
    }

    @Test("the agent-month JSON gives counts and means as numbers and N/A as null")
    func agentMonthNumbers() throws {
        let scratch = try Flow.prepared()
        #expect(try Flow.evaluate(agent: "ieva.petraityte", by: "egle.zemaite", in: scratch).status == 0)
        let json = try Flow.agentMonth("ieva.petraityte", in: scratch)
        let criteria = try #require(json["criteria"] as? [[String: Any]])
        #expect(!criteria.isEmpty)
        for criterion in criteria {
            #expect(criterion["answers"] is Int)
            #expect(criterion["mean_fraction"] is Double || criterion["mean_fraction"] is NSNull)
            #expect(!(criterion["mean_fraction"] is String))
        }
    }

    @Test("--from after --to is an error naming --from")
    func emptyRange() throws {
        let scratch = try Flow.prepared()
        let result = try Flow.qa(["report", "--xlsx", "qa.xlsx", "--all", "--from", "2026-12-01", "--to", "2026-11-01"], in: scratch)
        #expect(result.status != 0)
        #expect(result.standardError.contains("--from"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("qa.xlsx").path))
    }

    @Test("a read on a missing path or an empty file says there is no database and creates none")
    func readsCreateNothing() throws {
        let scratch = try ScratchDirectory()
        let audit = try HeadsetProcess.run(["audit", "--all", "--database", "typo.sqlite"], in: scratch.url)
        #expect(audit.status == 1)
        #expect(audit.standardError.contains("no Headset database at typo.sqlite; create it with headset init"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("typo.sqlite").path))
        FileManager.default.createFile(atPath: scratch.file("empty.sqlite").path, contents: Data())
        let show = try HeadsetProcess.run(["qa", "show", "--evaluation", "x", "--as", "y", "--database", "empty.sqlite"], in: scratch.url)
        #expect(show.status == 1)
        #expect(show.standardError.contains("no Headset database"))
        let attributes = try FileManager.default.attributesOfItem(atPath: scratch.file("empty.sqlite").path)
        #expect(attributes[.size] as? Int == 0)
    }

    @Test("a future interaction date in the answers file is refused naming the file and its field, not --date")
    func futureDateInFile() throws {
        let scratch = try Flow.prepared()
        var text = try String(contentsOfFile: Flow.path("scorecards/examples/voice-call.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "date: 2026-11-23", with: "date: 2031-01-01")
        try text.write(to: scratch.file("future.yaml"), atomically: true, encoding: .utf8)
        let result = try Flow.qa(["evaluate", "--scorecard", "voice-call", "--agent", "ieva.petraityte", "--evaluator", "egle.zemaite",
                                  "--answers", "future.yaml"], in: scratch)
        #expect(result.status == 1)
        #expect(result.standardError.contains("future.yaml") && result.standardError.contains("interaction.date"), "\(result.standardError)")
        #expect(!result.standardError.contains("--date"))
    }
}
