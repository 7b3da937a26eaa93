import CivilTime
import Coaching
import Foundation
import GRDB
@testable import Storage

/// The sessions and action items the Coaching storage tests share: Egle Žemaitė coaches Ivan
/// Ćorić, with notes in Lithuanian, Croatian and Norwegian (Bærum) and private notes that must
/// never reach the agent's view or the audit log.
enum CoachingStorageFixture {
    static let day = LocalDate("2026-11-20")!
    static let coach = "eglė.žemaitė"
    static let agent = "ivan.ćorić"

    /// Words of ``privateNotes``, each looked for on its own in the audit log.
    static let privateWords = ["Bærum", "HR", "skyrybos", "🙏"]
    static let privateNotes = "Bærum office: HR aware — skyrybos, go gently 🙏"

    static let notes = CoachingNotes(strengths: "Šiltas pasisveikinimas; „Labas, čia Žemaitė“ tone copied well",
                                     opportunities: "Ćorić asks for the account number twice",
                                     agreedActions: "Les tilbake kontonummeret én gang — så bekreft\nthen confirm")

    static let acknowledgedAt = Date(timeIntervalSince1970: 1_795_680_000.123_456)   // 2026-11-26 08:00:00.123456 UTC

    static func session(_ id: String = "cs-1", coach: String = coach, agent: String = agent, on date: LocalDate = day,
                        privateNotes: String = privateNotes, followUpDue: LocalDate? = nil) throws -> CoachingSession {
        try CoachingSession(id: id, coach: coach, agent: agent, date: date, startMinute: 9 * 60 + 30, minutes: 45, format: .callReview,
                            channel: "voice", evaluationIDs: ["ev-ž-1", "ev-2"], criterionIDs: ["greeting", "name-used"],
                            shared: notes, privateNotes: privateNotes, followUpDue: followUpDue)
    }

    /// A session with every optional field left out.
    static func bare(_ id: String, coach: String = coach, agent: String = agent, on date: LocalDate = day) throws -> CoachingSession {
        try CoachingSession(id: id, coach: coach, agent: agent, date: date, minutes: 15, format: .oneToOne, shared: CoachingNotes())
    }

    static func item(_ id: String, session: String = "cs-1", owner: String = agent, text: String = "Klausyti dviejų skambučių",
                     dueInDays days: Int, sessionDate: LocalDate = day, status: ActionItem.Status = .open) throws -> ActionItem {
        try ActionItem(id: id, sessionID: session, owner: owner, text: text, due: sessionDate.adding(days: days), sessionDate: sessionDate,
                       status: status)
    }

    static func add(_ session: CoachingSession, items: [ActionItem] = [], to database: HeadsetDatabase, actor: String = coach) throws {
        try database.write { db in try CoachingRepository.addSession(session, items: items, actor: actor, in: db) }
    }

    static func stored(_ id: String = "cs-1", in database: HeadsetDatabase) throws -> CoachingSession? {
        try database.read { db in try CoachingRepository.session(id: id, in: db) }
    }

    static func count(_ table: String, in database: HeadsetDatabase) throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    static func audit(_ entity: String, in database: HeadsetDatabase) throws -> [AuditEntry] {
        try database.read { db in try AuditLog.entries(entity: entity, in: db) }
    }
}
