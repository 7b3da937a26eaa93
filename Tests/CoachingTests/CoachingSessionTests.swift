import CivilTime
import Coaching
import Foundation
import Testing

/// Sessions and action items keep their rules: no self-coaching, nothing due before the session,
/// only the agent acknowledges, once; private notes never reach the agent's view.
@Suite("Coaching sessions and action items")
struct CoachingSessionTests {
    static let day = LocalDate("2026-11-20")!

    static func session(privateNotes: String = "Watch the hold times; HR aware.") throws -> CoachingSession {
        try CoachingSession(id: "s1", coach: "egle.zemaite", agent: "ieva.petraityte", date: day, startMinute: 600, minutes: 30,
                            format: .callReview, channel: "voice", evaluationIDs: ["e1"], criterionIDs: ["empathy"],
                            shared: CoachingNotes(strengths: "Warm greeting", opportunities: "Discovery questions",
                                                  agreedActions: "Ask two open questions before solving"),
                            privateNotes: privateNotes, followUpDue: day.adding(days: 14))
    }

    @Test("a coach cannot coach themself; empty ids, lengths outside 1–480 and follow-ups before the session are refused")
    func refusals() throws {
        #expect(throws: CoachingError.selfCoaching(person: "ana")) {
            try CoachingSession(id: "s", coach: "ana", agent: "ana", date: Self.day, minutes: 30, format: .oneToOne, shared: .init())
        }
        #expect(throws: CoachingError.self) {
            try CoachingSession(id: " ", coach: "a", agent: "b", date: Self.day, minutes: 30, format: .oneToOne, shared: .init())
        }
        for minutes in [0, 481] {
            #expect(throws: CoachingError.self) {
                try CoachingSession(id: "s", coach: "a", agent: "b", date: Self.day, minutes: minutes, format: .oneToOne, shared: .init())
            }
        }
        #expect(throws: CoachingError.followUpBeforeSession(due: Self.day.adding(days: -1), session: Self.day)) {
            try CoachingSession(id: "s", coach: "a", agent: "b", date: Self.day, minutes: 30, format: .oneToOne, shared: .init(),
                                followUpDue: Self.day.adding(days: -1))
        }
    }

    @Test("an action item due before its session is refused; done once; overdue only while open and past due")
    func actionItems() throws {
        #expect(throws: CoachingError.dueBeforeSession(item: "i1", due: Self.day.adding(days: -1), session: Self.day)) {
            try ActionItem(id: "i1", sessionID: "s1", owner: "ieva", text: "Listen to two calls", due: Self.day.adding(days: -1),
                           sessionDate: Self.day)
        }
        let item = try ActionItem(id: "i1", sessionID: "s1", owner: "ieva", text: "Listen to two calls", due: Self.day.adding(days: 7),
                                  sessionDate: Self.day)
        #expect(!item.isOverdue(on: Self.day.adding(days: 7)))
        #expect(item.isOverdue(on: Self.day.adding(days: 8)))
        let done = try item.closed(on: Self.day.adding(days: 9))
        #expect(done.status == .done(on: Self.day.adding(days: 9)))
        #expect(!done.isOverdue(on: Self.day.adding(days: 30)))
        #expect(throws: CoachingError.itemNotOpen(item: "i1", status: "done")) { try done.closed(on: Self.day.adding(days: 10)) }
    }

    @Test("only the agent acknowledges, once; overdue after the policy's days; the shared view has no private notes")
    func acknowledgement() throws {
        let session = try Self.session()
        let policy = CoachingPolicy(acknowledgementDays: 3)
        #expect(session.acknowledgementDue(policy) == Self.day.adding(days: 3))
        #expect(!session.isAcknowledgementOverdue(on: Self.day.adding(days: 3), policy: policy))
        #expect(session.isAcknowledgementOverdue(on: Self.day.adding(days: 4), policy: policy))
        #expect(throws: CoachingError.notTheAgent(session: "s1", person: "egle.zemaite", agent: "ieva.petraityte")) {
            try session.acknowledged(by: "egle.zemaite", at: Date(), comment: "ok")
        }
        let acknowledged = try session.acknowledged(by: "ieva.petraityte", at: Date(timeIntervalSince1970: 0), comment: "Thanks, agreed")
        #expect(acknowledged.acknowledgement?.comment == "Thanks, agreed")
        #expect(!acknowledged.isAcknowledgementOverdue(on: Self.day.adding(days: 30), policy: policy))
        #expect(throws: CoachingError.alreadyAcknowledged(session: "s1")) {
            try acknowledged.acknowledged(by: "ieva.petraityte", at: Date(), comment: "again")
        }
        let view = acknowledged.sharedView
        #expect(view.notes.agreedActions == "Ask two open questions before solving")
        let mirror = Mirror(reflecting: view).children.map { "\($0.value)" }.joined(separator: " ")
        #expect(!mirror.contains("HR aware"), "private notes never reach the shared view")
    }

    @Test("coaching time becomes a roster activity for the agent")
    func activity() throws {
        let activity = CoachingActivity(try Self.session())
        #expect(activity == CoachingActivity(person: "ieva.petraityte", date: Self.day, startMinute: 600, minutes: 30))
        #expect(activity.activity == "coaching")
    }
}
