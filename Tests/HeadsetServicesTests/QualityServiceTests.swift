import CivilTime
import Foundation
import HeadsetServices
import Organization
import Quality
import Reports
import Storage
import Testing

@Suite("Quality use cases: permissions and drafts inside the use case")
struct QualityServiceTests {
    @Test("a draft is finished by evaluating again without draft: same id, creation time kept, submitted")
    func draftThenSubmit() throws {
        let centre = try ServicesFixture.centre()
        let quality = QualityService(centre: centre)
        let ivo = ServicesFixture.actor("ivo")
        let draft = try quality.evaluate(try ServicesFixture.request(empathy: .no, draft: true), by: ivo)
        #expect(draft.evaluation.status == .draft)
        #expect(draft.stored == .created)
        let submitted = try quality.evaluate(try ServicesFixture.request(empathy: .yes), by: ivo)
        #expect(submitted.evaluation.id == draft.evaluation.id)
        #expect(submitted.evaluation.status == .submitted)
        #expect(submitted.evaluation.createdAt == draft.evaluation.createdAt)
        #expect(submitted.score.score == 100)
        let stored = try quality.evaluation(draft.evaluation.id, readBy: ivo)
        #expect(stored.evaluation.status == .submitted)
        #expect(stored.evaluation.answers.contains(Answer("empathy", .yes)))
    }

    @Test("the agent cannot read a draft; the evaluator and those above can")
    func draftHiddenFromAgent() throws {
        let centre = try ServicesFixture.centre()
        let quality = QualityService(centre: centre)
        let draft = try quality.evaluate(try ServicesFixture.request(draft: true), by: ServicesFixture.actor("ivo"))
        #expect(throws: ServiceError.self) { try quality.evaluation(draft.evaluation.id, readBy: ServicesFixture.actor("jonas")) }
        #expect(try quality.evaluation(draft.evaluation.id, readBy: ServicesFixture.actor("ivo")).evaluation.status == .draft)
        #expect(try quality.evaluation(draft.evaluation.id, readBy: ServicesFixture.actor("ana")).evaluation.status == .draft)
    }

    @Test("evaluate-all reaches agents but not the analyst's own manager or the head of the centre")
    func evaluateAllStopsAtSuperiors() throws {
        let centre = try ServicesFixture.centre()
        let quality = QualityService(centre: centre)
        let analyst = ServicesFixture.actor("qa")
        #expect(try quality.evaluate(try ServicesFixture.request(agent: "yla"), by: analyst).evaluation.status == .submitted)
        for superior in ["ana", "marta"] {
            do {
                _ = try quality.evaluate(try ServicesFixture.request(agent: superior), by: analyst)
                Issue.record("\(superior) was evaluated by their report")
            } catch ServiceError.notAllowed(let refusal) {
                #expect(refusal.actor == "qa" && refusal.subject == superior && refusal.date == LocalDate("2026-11-18"))
            }
        }
    }

    @Test("nobody decides a dispute on an evaluation made by someone above them")
    func noDecidingOverOnesManager() throws {
        let centre = try ServicesFixture.centre()
        let quality = QualityService(centre: centre)
        let made = try quality.evaluate(try ServicesFixture.request(empathy: .no), by: ServicesFixture.actor("ana"))
        let (dispute, _) = try quality.raiseDispute(on: made.evaluation.id, items: [DisputedCriterion("empathy", reason: "I was kind")],
                                                    by: ServicesFixture.actor("jonas"))
        #expect {
            try quality.decideDispute(dispute.id, verdict: .accepted, revisions: [("empathy", "yes")], comment: "ok",
                                      by: ServicesFixture.actor("qa"))
        } throws: { error in
            guard case ServiceError.notAllowed(let refusal) = error else { return false }
            return refusal.reason.contains("above")
        }
        let decided = try quality.decideDispute(dispute.id, verdict: .accepted, revisions: [("empathy", "yes")], comment: "Audible",
                                                by: ServicesFixture.actor("marta"))
        #expect(decided.score.score == 100)
    }

    @Test("an agent may not dispute or acknowledge someone else's evaluation; nothing changes")
    func onlyTheAgent() throws {
        let centre = try ServicesFixture.centre()
        let quality = QualityService(centre: centre)
        let made = try quality.evaluate(try ServicesFixture.request(empathy: .no), by: ServicesFixture.actor("ivo"))
        #expect(throws: ServiceError.self) { try quality.acknowledge(made.evaluation.id, by: ServicesFixture.actor("yla")) }
        #expect(throws: ServiceError.self) {
            try quality.raiseDispute(on: made.evaluation.id, items: [DisputedCriterion("empathy", reason: "x")], by: ServicesFixture.actor("yla"))
        }
        #expect(try quality.evaluation(made.evaluation.id, readBy: ServicesFixture.actor("ivo")).evaluation.status == .submitted)
    }

    @Test("an interaction after today in the centre's zone is refused, naming the date field")
    func futureInteraction() throws {
        let centre = try ServicesFixture.centre()
        #expect {
            try QualityService(centre: centre).evaluate(try ServicesFixture.request(on: LocalDate("2031-01-01")!),
                                                        by: ServicesFixture.actor("ivo"))
        } throws: { error in
            guard case ServiceError.invalidInput(let problem) = error else { return false }
            return problem.field == "date" && problem.value == "2031-01-01"
        }
        #expect(throws: Never.self) {
            try QualityService(centre: centre).evaluate(try ServicesFixture.request(on: ServicesFixture.today), by: ServicesFixture.actor("ivo"))
        }
    }

    @Test("the audit log names the operator and the person acted as")
    func auditNamesBoth() throws {
        let centre = try ServicesFixture.centre()
        _ = try QualityService(centre: centre).evaluate(try ServicesFixture.request(), by: ServicesFixture.actor("ivo"))
        let entries = try centre.database.read { db in try AuditLog.entries(entity: "evaluation", in: db) }
        #expect(entries.map(\.actor) == ["operator as ivo"])
        #expect(entries.map(\.person) == ["ivo"] && entries.map(\.operatorName) == ["operator"])
    }

    @Test("the agent-month report is read by the supervisor of that month after a reorganisation, and not by a stranger")
    func agentMonthAfterReorganisation() throws {
        let centre = try ServicesFixture.centre()
        let quality = QualityService(centre: centre)
        _ = try quality.evaluate(try ServicesFixture.request(agent: "yla", on: LocalDate("2026-10-15")!), by: ServicesFixture.actor("ivo"))
        let october = CalendarMonth(containing: LocalDate("2026-10-01")!)
        let report = try quality.agentMonth("yla", month: october, readBy: ServicesFixture.actor("ivo"))
        #expect(report.summary.evaluations == 1)
        #expect(throws: ServiceError.self) {
            try quality.agentMonth("yla", month: CalendarMonth(containing: ServicesFixture.today), readBy: ServicesFixture.actor("ivo"))
        }
        #expect(throws: ServiceError.self) { try quality.agentMonth("yla", month: october, readBy: ServicesFixture.actor("jonas")) }
    }

    @Test("an analyst with evaluate-all does not read another evaluator's draft; the evaluator's manager does")
    func draftNotForEvaluateAll() throws {
        let centre = try ServicesFixture.centre()
        let quality = QualityService(centre: centre)
        let draft = try quality.evaluate(try ServicesFixture.request(draft: true), by: ServicesFixture.actor("ivo"))
        #expect(throws: ServiceError.self) { try quality.evaluation(draft.evaluation.id, readBy: ServicesFixture.actor("qa")) }
        #expect(try quality.evaluation(draft.evaluation.id, readBy: ServicesFixture.actor("marta")).evaluation.status == .draft)
    }

    @Test("the evaluator cannot decide the dispute of their own evaluation: not allowed")
    func evaluatorDoesNotDecide() throws {
        let centre = try ServicesFixture.centre()
        let quality = QualityService(centre: centre)
        let made = try quality.evaluate(try ServicesFixture.request(empathy: .no), by: ServicesFixture.actor("ivo"))
        let (dispute, _) = try quality.raiseDispute(on: made.evaluation.id, items: [DisputedCriterion("empathy", reason: "kind")],
                                                    by: ServicesFixture.actor("jonas"))
        #expect {
            try quality.decideDispute(dispute.id, verdict: .rejected, revisions: [], comment: "no", by: ServicesFixture.actor("ivo"))
        } throws: { error in
            guard case ServiceError.notAllowed = error else { return false }
            return true
        }
    }

    @Test("the QA workbook for a supervisor holds each evaluation they may view on its own day, never a future team")
    func workbookByDay() throws {
        let centre = try ServicesFixture.centre()
        let quality = QualityService(centre: centre)
        // Yla reported to Ivo until 2026-10-31 and to Līga from 2026-11-01.
        _ = try quality.evaluate(try ServicesFixture.request(agent: "yla", on: LocalDate("2026-10-15")!), by: ServicesFixture.actor("ivo"))
        _ = try quality.evaluate(try ServicesFixture.request(agent: "yla", on: LocalDate("2026-11-18")!), by: ServicesFixture.actor("liga"))
        let range = try DateRange(from: LocalDate("2026-10-01"), to: LocalDate("2099-12-31"))
        let ivo = try quality.workbookReport(for: .person(ServicesFixture.actor("ivo")), range: range, minimumSample: 5)
        #expect(ivo.evaluations.map(\.date) == [LocalDate("2026-10-15")!])
        let liga = try quality.workbookReport(for: .person(ServicesFixture.actor("liga")), range: range, minimumSample: 5)
        #expect(liga.evaluations.map(\.date) == [LocalDate("2026-11-18")!])
        let all = try quality.workbookReport(for: .everything(operatorName: "operator"), range: range, minimumSample: 5)
        #expect(all.evaluations.count == 2)
    }

    @Test("the agent month counts only the days the reader could view the agent: a reorganisation splits the month")
    func agentMonthSplitByReorganisation() throws {
        let centre = try ServicesFixture.centre()
        let quality = QualityService(centre: centre)
        // Yla moves from Ivo to Līga on 2026-11-01; both evaluate her in October and November.
        _ = try quality.evaluate(try ServicesFixture.request(agent: "yla", on: LocalDate("2026-10-30")!), by: ServicesFixture.actor("ivo"))
        let november = CalendarMonth(containing: LocalDate("2026-11-01")!)
        _ = try quality.evaluate(EvaluationRequest(scorecardKey: "voice-call", agent: "yla",
                                                   interaction: try ServicesFixture.interaction("call-2", on: LocalDate("2026-11-10")!),
                                                   answers: [Answer("greeting", .yes), Answer("empathy", .no)]),
                                 by: ServicesFixture.actor("liga"))
        #expect(try quality.agentMonth("yla", month: november, readBy: ServicesFixture.actor("liga")).summary.evaluations == 1)
        #expect(try quality.agentMonth("yla", month: november, readBy: ServicesFixture.actor("ana")).summary.evaluations == 1)
        #expect(throws: ServiceError.self) { try quality.agentMonth("yla", month: november, readBy: ServicesFixture.actor("ivo")) }
        let october = CalendarMonth(containing: LocalDate("2026-10-01")!)
        #expect(throws: ServiceError.self) { try quality.agentMonth("yla", month: october, readBy: ServicesFixture.actor("liga")) }
    }

    @Test("the same draft again changes nothing; a submitted evaluation does not go back to a draft")
    func draftIdempotent() throws {
        let centre = try ServicesFixture.centre()
        let quality = QualityService(centre: centre)
        let ivo = ServicesFixture.actor("ivo")
        _ = try quality.evaluate(try ServicesFixture.request(draft: true), by: ivo)
        #expect(try quality.evaluate(try ServicesFixture.request(draft: true), by: ivo).stored == .unchanged)
        _ = try quality.evaluate(try ServicesFixture.request(), by: ivo)
        #expect(throws: ServiceError.self) { try quality.evaluate(try ServicesFixture.request(draft: true), by: ivo) }
        let audit = try centre.database.read { db in try AuditLog.entries(entity: "evaluation", in: db) }
        #expect(audit.count == 2, "created, then submitted: \(audit.map(\.action))")
    }

    @Test("a dispute reason longer than a spreadsheet cell is refused naming the field")
    func disputeReasonLimit() throws {
        let centre = try ServicesFixture.centre()
        let quality = QualityService(centre: centre)
        let made = try quality.evaluate(try ServicesFixture.request(empathy: .no), by: ServicesFixture.actor("ivo"))
        #expect {
            try quality.raiseDispute(on: made.evaluation.id, items: [DisputedCriterion("empathy", reason: String(repeating: "x", count: 40_000))],
                                     by: ServicesFixture.actor("jonas"))
        } throws: { error in
            guard case ServiceError.invalidInput(let problem) = error else { return false }
            return problem.field == "reason"
        }
    }
}
