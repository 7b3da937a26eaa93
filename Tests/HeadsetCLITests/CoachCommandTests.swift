import Foundation
import Testing
import XlsxReader

/// Coaching through the CLI on the demo organisation: only those above the agent coach and read;
/// the agent reads the shared part and acknowledges; items and follow-ups; the export never
/// carries private notes; coaching time books on a roster.
@Suite("headset coach")
struct CoachCommandTests {
    static let session = "ieva.petraityte/2026-11-24/egle.zemaite"

    static func prepared() throws -> ScratchDirectory {
        let scratch = try QaEvaluationFlowTests.prepared()
        #expect(try QaEvaluationFlowTests.evaluate(agent: "ieva.petraityte", by: "egle.zemaite", in: scratch).status == 0)
        return scratch
    }

    static func coach(_ arguments: [String], in scratch: ScratchDirectory) throws -> HeadsetProcess.Result {
        try HeadsetProcess.run(["coach"] + arguments + ["--database", "qa.sqlite"], in: scratch.url)
    }

    static func add(in scratch: ScratchDirectory, extra: [String] = []) throws -> HeadsetProcess.Result {
        try coach(["add", "--coach", "Eglė Žemaitė", "--agent", "ieva.petraityte", "--date", "2026-11-24", "--start", "10:00",
                   "--minutes", "30", "--format", "call-review", "--channel", "voice", "--evaluation", "call-88123/egle.zemaite",
                   "--criterion", "discovery-questions", "--strengths", "Warm greeting, Bærum-style", "--opportunities",
                   "Find the real need", "--actions", "Two open questions on every call", "--private", "SECRET: leave in January",
                   "--item", "Listen to two model calls@2026-11-28", "--follow-up", "2026-12-08"] + extra, in: scratch)
    }

    @Test("the supervisor coaches; someone outside the hierarchy, a due date before the session or a stranger's evaluation store nothing")
    func add() throws {
        let scratch = try Self.prepared()
        let made = try Self.add(in: scratch)
        #expect(made.status == 0, "\(made.standardError)")
        #expect(made.standardOutput.contains("1 action item") && made.standardOutput.contains("follow-up due 2026-12-08"))

        let outsider = try Self.coach(["add", "--coach", "ana.horvat", "--agent", "ieva.petraityte", "--date", "2026-11-24",
                                       "--minutes", "30", "--format", "one-to-one"], in: scratch)
        #expect(outsider.status == 1)
        #expect(outsider.standardError.contains("not allowed"))
        let early = try Self.coach(["add", "--coach", "egle.zemaite", "--agent", "tomas.kazlauskas", "--date", "2026-11-24",
                                    "--minutes", "30", "--format", "one-to-one", "--item", "Read the policy@2026-11-01"], in: scratch)
        #expect(early.status == 1)
        #expect(early.standardError.contains("due on 2026-11-01, before the session on 2026-11-24"))
        let stranger = try Self.coach(["add", "--coach", "egle.zemaite", "--agent", "tomas.kazlauskas", "--date", "2026-11-24",
                                       "--minutes", "30", "--format", "one-to-one", "--evaluation", "call-88123/egle.zemaite"], in: scratch)
        #expect(stranger.status == 1)
        #expect(stranger.standardError.contains("not of 'tomas.kazlauskas'"))
        let list = try Self.coach(["list", "--as", "jonas.simkus", "--format", "json"], in: scratch)
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]])
        #expect(sessions.count == 1, "the refused sessions left nothing behind")
    }

    @Test("the agent reads without private notes and acknowledges once; nobody else acknowledges; strangers read nothing")
    func readAndAcknowledge() throws {
        let scratch = try Self.prepared()
        #expect(try Self.add(in: scratch).status == 0)
        let own = try Self.coach(["show", "--session", Self.session, "--as", "ieva.petraityte", "--format", "json"], in: scratch)
        #expect(own.status == 0, "\(own.standardError)")
        #expect(!own.standardOutput.contains("SECRET"))
        #expect(own.standardOutput.contains("Two open questions on every call"))
        let manager = try Self.coach(["show", "--session", Self.session, "--as", "jonas.simkus", "--format", "json"], in: scratch)
        #expect(manager.standardOutput.contains("SECRET"), "up the chain sees the private notes")
        let colleague = try Self.coach(["show", "--session", Self.session, "--as", "tomas.kazlauskas"], in: scratch)
        #expect(colleague.status == 1)

        let coachAck = try Self.coach(["ack", "--session", Self.session, "--by", "egle.zemaite"], in: scratch)
        #expect(coachAck.status == 1)
        #expect(coachAck.standardError.contains("only the coached agent"))
        let ack = try Self.coach(["ack", "--session", Self.session, "--by", "ieva.petraityte", "--comment", "Agreed, thank you"], in: scratch)
        #expect(ack.status == 0, "\(ack.standardError)")
        let again = try Self.coach(["ack", "--session", Self.session, "--by", "ieva.petraityte"], in: scratch)
        #expect(again.status == 1)
    }

    @Test("unacknowledged sessions surface after the deadline; overdue items too; done closes them")
    func surfacing() throws {
        let scratch = try Self.prepared()
        #expect(try Self.add(in: scratch).status == 0)
        let early = try Self.coach(["list", "--as", "jonas.simkus", "--unacknowledged", "--today", "2026-11-26", "--format", "json"],
                                   in: scratch)
        #expect(early.status == 0, "\(early.standardError)")
        let pending = try #require(try JSONSerialization.jsonObject(with: Data(early.standardOutput.utf8)) as? [Any])
        #expect(pending.isEmpty, "not due yet")
        let late = try Self.coach(["list", "--as", "jonas.simkus", "--unacknowledged", "--today", "2026-12-01"], in: scratch)
        #expect(late.standardOutput.contains("OVERDUE"))
        let items = try Self.coach(["list", "--as", "ieva.petraityte", "--overdue-items", "--today", "2026-11-29"], in: scratch)
        #expect(items.standardOutput.contains("Listen to two model calls"))
        let done = try Self.coach(["done", "--item", "\(Self.session)/1", "--by", "ieva.petraityte", "--on", "2026-11-27"], in: scratch)
        #expect(done.status == 0, "\(done.standardError)")
        let after = try Self.coach(["list", "--as", "ieva.petraityte", "--overdue-items", "--today", "2026-11-29"], in: scratch)
        #expect(after.standardOutput.contains("No overdue action items."))
        let added = try Self.coach(["item", "--session", Self.session, "--text", "Shadow Tomas", "--due", "2026-12-05", "--by", "jonas.simkus"],
                                   in: scratch)
        #expect(added.status == 0, "\(added.standardError)")
        let follow = try Self.coach(["followup", "--session", Self.session, "--due", "2026-11-20", "--by", "egle.zemaite"], in: scratch)
        #expect(follow.status == 1, "a follow-up before the session")
    }

    @Test("export: log, items and effect, never the private notes; activities CSV books on a roster")
    func export() throws {
        let scratch = try Self.prepared()
        #expect(try Self.add(in: scratch).status == 0)
        let exported = try Self.coach(["export", "--all", "--xlsx", "coaching.xlsx", "--activities", "activities.csv"], in: scratch)
        #expect(exported.status == 0, "\(exported.standardError)")
        let file = try XlsxFile(contentsOf: scratch.file("coaching.xlsx"))
        for name in file.sheetNames {
            let texts = try file.sheet(name).cells.values.compactMap(\.value.stringValue)
            #expect(!texts.contains { $0.contains("SECRET") }, "\(name) leaks private notes")
        }
        let log = try file.sheet(file.sheetNames[0])
        #expect(log.cells.values.contains { $0.value.stringValue == "Two open questions on every call" })
        let csv = try String(contentsOf: scratch.file("activities.csv"), encoding: .utf8)
        #expect(csv == "person,date,start,minutes,activity\nieva.petraityte,2026-11-24,10:00,30,coaching\n")
    }
}
