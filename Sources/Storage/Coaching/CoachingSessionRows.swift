import CivilTime
import Coaching
import Foundation
import GRDB

/// Reads and writes `coaching_session` with its evaluation and criterion lists; three queries
/// however many sessions match.
enum CoachingSessionRows {
    /// A stored session and its row id.
    struct Loaded {
        let rowID: Int64
        let session: CoachingSession
    }

    /// Inserts `session` and its lists; returns the new row id.
    static func insert(_ session: CoachingSession, in db: Database) throws -> Int64 {
        let notes = session.shared
        try db.execute(sql: """
            INSERT INTO coaching_session (key, coach_key, agent_key, day, start_minute, minutes, format, channel, strengths,
                                          opportunities, agreed_actions, private_notes, follow_up_due, acknowledged_at,
                                          acknowledgement_comment, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [session.id, session.coach, session.agent, session.date.description, session.startMinute, session.minutes,
                             session.format.rawValue, session.channel, notes.strengths, notes.opportunities, notes.agreedActions,
                             session.privateNotes, session.followUpDue?.description,
                             session.acknowledgement?.at.timeIntervalSince1970, session.acknowledgement?.comment,
                             Date().timeIntervalSince1970])
        let rowID = db.lastInsertedRowID
        for (table, column, values) in [("coaching_session_evaluation", "evaluation_key", session.evaluationIDs),
                                        ("coaching_session_criterion", "criterion_id", session.criterionIDs)] {
            let statement = try db.cachedStatement(sql: "INSERT INTO \(table) (session_id, ordinal, \(column)) VALUES (?, ?, ?)")
            for (ordinal, value) in values.enumerated() { try statement.execute(arguments: [rowID, ordinal, value]) }
        }
        return rowID
    }

    /// The row id of the session with this key, if stored.
    static func rowID(key: String, in db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM coaching_session WHERE key = ?"), arguments: [key])
    }

    /// The coach's view of the session with this key (private notes included), if stored.
    static func load(key: String, in db: Database) throws -> Loaded? {
        try load(where: "s.key = ?", arguments: [key], in: db).first
    }

    /// The coach's view (private notes included) of sessions whose `coaching_session s` row
    /// matches `condition`, by day then key.
    static func load(where condition: String, arguments: StatementArguments, in db: Database) throws -> [Loaded] {
        try fetch(where: condition, arguments: arguments, for: .coach, in: db)
    }

    /// The agent's view of the matching sessions: the private notes column is never read.
    static func loadShared(where condition: String, arguments: StatementArguments, in db: Database) throws -> [SharedCoachingSession] {
        try fetch(where: condition, arguments: arguments, for: .agent, in: db).map(\.session.sharedView)
    }

    private static func fetch(where condition: String, arguments: StatementArguments, for reader: CoachingSessionColumns.Reader,
                              in db: Database) throws -> [Loaded] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(CoachingSessionColumns.list(for: reader)) FROM coaching_session s WHERE \(condition) ORDER BY s.day, s.key
            """, arguments: arguments)
        guard !rows.isEmpty else { return [] }
        let evaluations = try lists("coaching_session_evaluation", "evaluation_key", where: condition, arguments: arguments, in: db)
        let criteria = try lists("coaching_session_criterion", "criterion_id", where: condition, arguments: arguments, in: db)
        return try rows.map { row in
            let rowID: Int64 = row["id"]
            return Loaded(rowID: rowID, session: try session(row, evaluations: evaluations[rowID] ?? [], criteria: criteria[rowID] ?? []))
        }
    }

    /// One list column of the matching sessions, by session row id, in order.
    private static func lists(_ table: String, _ column: String, where condition: String, arguments: StatementArguments,
                              in db: Database) throws -> [Int64: [String]] {
        var lists: [Int64: [String]] = [:]
        // CROSS JOIN keeps SQLite on the sessions first, then each session's rows by primary key.
        for row in try Row.fetchAll(db, sql: """
            SELECT c.session_id, c.\(column) FROM coaching_session s CROSS JOIN \(table) c
            WHERE c.session_id = s.id AND \(condition) ORDER BY c.session_id, c.ordinal
            """, arguments: arguments) {
            lists[row["session_id"], default: []].append(row[column])
        }
        return lists
    }

    private static func session(_ row: Row, evaluations: [String], criteria: [String]) throws -> CoachingSession {
        let key: String = row["key"]
        func corrupt(_ reason: String) -> StorageError { .corruptValue(table: "coaching_session", key: key, reason: reason) }
        func day(_ column: String) throws -> LocalDate? {
            guard let text = row[column] as String? else { return nil }
            guard let date = LocalDate(text) else { throw corrupt("\(column) '\(text)' is not a date") }
            return date
        }
        guard let date = try day("day") else { throw corrupt("day is missing") }
        let followUpDue = try day("follow_up_due")
        let formatText: String = row["format"]
        guard let format = CoachingFormat(rawValue: formatText) else { throw corrupt("unknown format '\(formatText)'") }
        var acknowledgement: CoachingAcknowledgement?
        if let seconds = row["acknowledged_at"] as Double? {
            acknowledgement = CoachingAcknowledgement(at: Date(timeIntervalSince1970: seconds), comment: row["acknowledgement_comment"] ?? "")
        }
        do {
            return try CoachingSession(
                id: key, coach: row["coach_key"], agent: row["agent_key"], date: date, startMinute: row["start_minute"],
                minutes: row["minutes"], format: format, channel: row["channel"], evaluationIDs: evaluations, criterionIDs: criteria,
                shared: CoachingNotes(strengths: row["strengths"], opportunities: row["opportunities"], agreedActions: row["agreed_actions"]),
                // Absent from the agent's select list: the agent's view is built with none.
                privateNotes: row[CoachingSessionColumns.privateNotes] ?? "",
                followUpDue: followUpDue, acknowledgement: acknowledgement)
        } catch {
            throw corrupt(error.description)
        }
    }
}
