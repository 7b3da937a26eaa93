import CivilTime
import Coaching
import Foundation
import HeadsetServices
import Interchange
import Storage
import Testing

@Suite("Coaching use cases: who writes, reads and closes what")
struct CoachingServiceTests {
    static let day = LocalDate("2026-11-19")!

    static func session(id: String = "s-1", coach: String = "ivo", agent: String = "jonas", on date: LocalDate = day,
                        privateNotes: String = "Watch the tone", strengths: String = "Calm") throws -> CoachingSession {
        try CoachingSession(id: id, coach: coach, agent: agent, date: date, minutes: 30, format: .oneToOne,
                            shared: CoachingNotes(strengths: strengths, opportunities: "Discovery", agreedActions: "Listen twice"),
                            privateNotes: privateNotes)
    }

    static func item(owner: String, session: CoachingSession, due: LocalDate = LocalDate("2026-11-19")!) throws -> ActionItem {
        try ActionItem(id: "\(session.id)/1", sessionID: session.id, owner: owner, text: "Shadow a call", due: due,
                       sessionDate: session.date)
    }

    @Test("an action-item owner who is not the agent sees the item among their overdue ones and closes it")
    func ownerClosesItem() throws {
        let centre = try ServicesFixture.centre()
        let coaching = CoachingService(centre: centre)
        let session = try Self.session()
        try coaching.addSession(session, items: [try Self.item(owner: "liga", session: session)], by: ServicesFixture.actor("ivo"))
        let liga = ServicesFixture.actor("liga")
        let (_, items) = try coaching.readable(by: liga)
        #expect(items.map(\.id) == ["s-1/1"])
        #expect(items.filter { $0.isOverdue(on: ServicesFixture.today) }.count == 1)
        let view = try coaching.session("s-1", readBy: liga)
        #expect(view.privateNotes == nil)
        #expect(view.session.notes == CoachingNotes(), "a colleague who owns an item sees no notes")
        #expect(view.effects.isEmpty, "nor the agent's scores")
        let closed = try coaching.closeItem("s-1/1", cancelled: false, on: nil, by: liga)
        #expect(closed.status == .done(on: ServicesFixture.today))
        #expect(throws: ServiceError.self) {
            try coaching.closeItem("s-1/1", cancelled: true, on: nil, by: ServicesFixture.actor("yla"))
        }
    }

    @Test("private notes reach those above the agent and never the agent")
    func privateNotes() throws {
        let centre = try ServicesFixture.centre()
        let coaching = CoachingService(centre: centre)
        try coaching.addSession(try Self.session(), items: [], by: ServicesFixture.actor("ivo"))
        #expect(try coaching.session("s-1", readBy: ServicesFixture.actor("ana")).privateNotes == "Watch the tone")
        #expect(try coaching.session("s-1", readBy: ServicesFixture.actor("jonas")).privateNotes == nil)
        #expect(throws: ServiceError.self) { try coaching.session("s-1", readBy: ServicesFixture.actor("yla")) }
    }

    @Test("text longer than a spreadsheet cell is refused at input, naming the field; nothing is stored")
    func textTooLong() throws {
        let centre = try ServicesFixture.centre()
        let coaching = CoachingService(centre: centre)
        let long = String(repeating: "ž", count: 32_768)
        #expect {
            try coaching.addSession(try Self.session(privateNotes: long), items: [], by: ServicesFixture.actor("ivo"))
        } throws: { error in
            guard case ServiceError.invalidInput(let problem) = error else { return false }
            return problem.field == "notes.private" && problem.problem.contains("32768")
        }
        #expect(throws: Never.self) {
            try coaching.addSession(try Self.session(strengths: String(repeating: "a", count: 32_767)), items: [],
                                    by: ServicesFixture.actor("ivo"))
        }
    }

    @Test("a session after today is refused; one today is recorded")
    func futureSession() throws {
        let centre = try ServicesFixture.centre()
        let coaching = CoachingService(centre: centre)
        #expect {
            try coaching.addSession(try Self.session(on: LocalDate("2031-01-01")!), items: [], by: ServicesFixture.actor("ivo"))
        } throws: { error in
            guard case ServiceError.invalidInput(let problem) = error else { return false }
            return problem.field == "date"
        }
        try coaching.addSession(try Self.session(on: ServicesFixture.today), items: [], by: ServicesFixture.actor("ivo"))
    }

    @Test("a coach not above the agent on the day is refused")
    func notAbove() throws {
        let centre = try ServicesFixture.centre()
        #expect(throws: ServiceError.self) {
            try CoachingService(centre: centre).addSession(try Self.session(coach: "liga"), items: [], by: ServicesFixture.actor("liga"))
        }
    }

    @Test("a list shows no private notes to anyone, and the coach reads them only through the session view")
    func listIsShared() throws {
        let centre = try ServicesFixture.centre()
        let coaching = CoachingService(centre: centre)
        try coaching.addSession(try Self.session(), items: [], by: ServicesFixture.actor("ivo"))
        let (sessions, _) = try coaching.readable(by: ServicesFixture.actor("ana"))
        #expect(sessions.map(\.id) == ["s-1"])
        #expect(!String(describing: sessions).contains("Watch the tone"))
    }

    @Test("only the coached agent acknowledges a session; anyone else is refused as not allowed")
    func acknowledgeOnlyAgent() throws {
        let centre = try ServicesFixture.centre()
        let coaching = CoachingService(centre: centre)
        try coaching.addSession(try Self.session(), items: [], by: ServicesFixture.actor("ivo"))
        #expect {
            try coaching.acknowledge("s-1", comment: "seen", by: ServicesFixture.actor("ivo"))
        } throws: { error in
            guard case ServiceError.notAllowed = error else { return false }
            return true
        }
        try coaching.acknowledge("s-1", comment: "seen", by: ServicesFixture.actor("jonas"))
    }

    @Test("an item is closed on a day from the session's to today, not in the future nor before the session")
    func closingDay() throws {
        let centre = try ServicesFixture.centre()
        let coaching = CoachingService(centre: centre)
        let session = try Self.session()
        try coaching.addSession(session, items: [try Self.item(owner: "jonas", session: session, due: ServicesFixture.today)],
                                by: ServicesFixture.actor("ivo"))
        for day in [LocalDate("2026-12-30")!, LocalDate("2026-11-01")!] {
            #expect {
                try coaching.closeItem("s-1/1", cancelled: false, on: day, by: ServicesFixture.actor("jonas"))
            } throws: { error in
                guard case ServiceError.invalidInput(let problem) = error else { return false }
                return problem.field == "on"
            }
        }
        #expect(try coaching.closeItem("s-1/1", cancelled: false, on: Self.day, by: ServicesFixture.actor("jonas")).status == .done(on: Self.day))
    }

    @Test("an item's owner who is a colleague gets the header only: notes, links and acknowledgement are null or empty")
    func ownerHeaderOnly() throws {
        let centre = try ServicesFixture.centre()
        let coaching = CoachingService(centre: centre)
        let session = try Self.session()
        try coaching.addSession(session, items: [try Self.item(owner: "liga", session: session)], by: ServicesFixture.actor("ivo"))
        try coaching.acknowledge("s-1", comment: "my manager pressured me", by: ServicesFixture.actor("jonas"))
        let view = try coaching.session("s-1", readBy: ServicesFixture.actor("liga"))
        #expect(view.isHeaderOnly)
        #expect(view.session.acknowledgement == nil && view.session.evaluationIDs.isEmpty && view.session.criterionIDs.isEmpty)
        let json = JSONOutput.encode(CoachingSessionReport(view))
        #expect(json.contains("\"strengths\" : null") && !json.contains("pressured"), "\(json)")
    }
}
