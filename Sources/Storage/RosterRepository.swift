import CivilTime
import Foundation
import GRDB
public import Scheduling

/// Rosters in the database: saved whole in one transaction, listed, and read back whole.
///
/// ```swift
/// let id = try database.write("saving the roster") { db in
///     try RosterRepository.save(document, actor: "ana", in: db)
/// }
/// let latest = try database.read { db in try RosterRepository.load(id: nil, in: db) }
/// ```
public enum RosterRepository {
    /// The audit log's entity name (the key is the roster id).
    public static let auditEntity = "roster"

    /// One line of ``list(in:)``.
    public struct Summary: Sendable, Equatable, Codable {
        public let id: Int64
        public let name: String
        public let firstDay: String
        public let weeks: Int
        public let people: Int
        public let shifts: Int
        public let openShifts: Int
        public let violations: Int
        public let createdAt: String
        public let createdBy: String
    }

    /// Saves `document` as a new roster and records it in the audit log; returns its id.
    @discardableResult
    public static func save(_ document: RosterDocument, actor: String, in transaction: DatabaseTransaction) throws -> Int64 {
        let db = transaction.database
        try db.execute(sql: """
            INSERT INTO roster (name, first_day, weeks, time_zone, rule_set, interval_minutes, service_seconds, service_target,
                                shrinkage, notes, created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [document.name, document.firstDay.description, document.weeks, document.timeZone, document.ruleSet,
                             document.intervalMinutes, document.service?.seconds, document.service?.target,
                             document.service?.shrinkage, document.notes.joined(separator: "\n"), AuditLog.timestamp(), actor])
        let id = db.lastInsertedRowID
        let person = try db.cachedStatement(sql: """
            INSERT INTO roster_person (roster_id, ordinal, person_key, name, hours, minimum_hours, maximum_hours, shifts, weekend_shifts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, hours) in document.staff.enumerated() {
            try person.execute(arguments: [id, ordinal, hours.person, hours.name, hours.hours, hours.minimumHours, hours.maximumHours,
                                           hours.shifts, hours.weekendShifts])
        }
        let shift = try db.cachedStatement(sql: """
            INSERT INTO roster_shift (roster_id, person_key, day, template, start_minute, length_minutes, cost) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let rest = try db.cachedStatement(sql: """
            INSERT INTO roster_break (shift_id, ordinal, name, offset_minutes, duration_minutes, paid) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for entry in document.shifts {
            let variant = entry.variant
            try shift.execute(arguments: [id, entry.person, entry.date.description, variant.template, variant.start.minutes,
                                          variant.lengthMinutes, variant.cost])
            let shiftID = db.lastInsertedRowID
            for (ordinal, placed) in variant.breaks.enumerated() {
                try rest.execute(arguments: [shiftID, ordinal, placed.name, placed.offsetMinutes, placed.durationMinutes, placed.isPaid])
            }
        }
        let interval = try db.cachedStatement(sql: """
            INSERT INTO roster_interval (roster_id, day, start_minute, label, required, calls, aht_seconds) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for requirement in document.intervals {
            try interval.execute(arguments: [id, requirement.date.description, requirement.start.minutes, requirement.label,
                                             requirement.required, requirement.workload?.calls, requirement.workload?.handleSeconds])
        }
        let violation = try db.cachedStatement(sql: """
            INSERT INTO roster_violation (roster_id, ordinal, person_key, day, end_day, rule, kind, citation, message, value,
                                          limit_value, unit)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, found) in document.violations.enumerated() {
            try violation.execute(arguments: [id, ordinal, found.person, found.date.description, found.endDate?.description, found.rule,
                                              found.kind, found.citation, found.message, found.value, found.limit, found.unit])
        }
        let activity = try db.cachedStatement(sql: """
            INSERT INTO roster_activity (roster_id, ordinal, person_key, day, start_minute, minutes, name) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, booked) in document.activities.enumerated() {
            try activity.execute(arguments: [id, ordinal, booked.person, booked.date.description, booked.start.minutes, booked.minutes,
                                             booked.name])
        }
        let summary = try list(in: transaction).first { $0.id == id }
        try AuditLog.record(actor, entity: auditEntity, key: String(id), action: .create, before: Summary?.none, after: summary,
                            in: transaction)
        return id
    }

    /// Every stored roster, newest first.
    public static func list(in transaction: DatabaseTransaction) throws -> [Summary] {
        let db = transaction.database
        return try Row.fetchAll(db, sql: """
            SELECT r.id, r.name, r.first_day, r.weeks, r.created_at, r.created_by,
                   (SELECT COUNT(*) FROM roster_person p WHERE p.roster_id = r.id) AS people,
                   (SELECT COUNT(*) FROM roster_shift s WHERE s.roster_id = r.id) AS shifts,
                   (SELECT COUNT(*) FROM roster_shift s WHERE s.roster_id = r.id AND s.person_key IS NULL) AS open_shifts,
                   (SELECT COUNT(*) FROM roster_violation v WHERE v.roster_id = r.id) AS violations
            FROM roster r ORDER BY r.id DESC
            """).map { row in
            Summary(id: row["id"], name: row["name"], firstDay: row["first_day"], weeks: row["weeks"], people: row["people"],
                    shifts: row["shifts"], openShifts: row["open_shifts"], violations: row["violations"],
                    createdAt: row["created_at"], createdBy: row["created_by"])
        }
    }

    /// The roster with `id`, or the newest when `id` is nil; nil when there is none.
    public static func load(id: Int64?, in transaction: DatabaseTransaction) throws -> (id: Int64, document: RosterDocument)? {
        let db = transaction.database
        let header: Row?
        if let id {
            header = try Row.fetchOne(db, sql: "SELECT * FROM roster WHERE id = ?", arguments: [id])
        } else {
            header = try Row.fetchOne(db, sql: "SELECT * FROM roster ORDER BY id DESC LIMIT 1")
        }
        guard let header else { return nil }
        let id: Int64 = header["id"]
        let staff = try Row.fetchAll(db, sql: "SELECT * FROM roster_person WHERE roster_id = ? ORDER BY ordinal", arguments: [id]).map {
            StaffHours(person: $0["person_key"], name: $0["name"], hours: $0["hours"], minimumHours: $0["minimum_hours"],
                       maximumHours: $0["maximum_hours"], shifts: $0["shifts"], weekendShifts: $0["weekend_shifts"])
        }
        var breaks: [Int64: [PlacedBreak]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT b.* FROM roster_break b JOIN roster_shift s ON s.id = b.shift_id WHERE s.roster_id = ? ORDER BY b.shift_id, b.ordinal
            """, arguments: [id]) {
            breaks[row["shift_id"], default: []].append(PlacedBreak(name: row["name"], offsetMinutes: row["offset_minutes"],
                                                                     durationMinutes: row["duration_minutes"], isPaid: row["paid"]))
        }
        let shifts = try Row.fetchAll(db, sql: "SELECT * FROM roster_shift WHERE roster_id = ? ORDER BY id", arguments: [id]).map { row in
            let variant = ShiftVariant(template: row["template"], start: TimeOfDay(minutes: row["start_minute"]),
                                       lengthMinutes: row["length_minutes"], breaks: breaks[row["id"]] ?? [], cost: row["cost"])
            return RosteredShift(person: row["person_key"], date: try date(row["day"]), variant: variant)
        }
        let intervals = try Row.fetchAll(db, sql: "SELECT * FROM roster_interval WHERE roster_id = ? ORDER BY day, start_minute",
                                         arguments: [id]).map { row in
            let calls: Double? = row["calls"], handle: Double? = row["aht_seconds"]
            let workload = calls.flatMap { calls in handle.map { IntervalWorkload(calls: calls, handleSeconds: $0) } }
            return RequirementInterval(date: try date(row["day"]), start: TimeOfDay(minutes: row["start_minute"]),
                                       required: row["required"], label: row["label"], workload: workload)
        }
        let violations = try Row.fetchAll(db, sql: "SELECT * FROM roster_violation WHERE roster_id = ? ORDER BY ordinal",
                                          arguments: [id]).map { row in
            let end: String? = row["end_day"]
            return RuleViolation(person: row["person_key"], date: try date(row["day"]), endDate: try end.map(date), rule: row["rule"],
                                 kind: row["kind"], citation: row["citation"], message: row["message"], value: row["value"],
                                 limit: row["limit_value"], unit: row["unit"])
        }
        let seconds: Double? = header["service_seconds"], target: Double? = header["service_target"]
        let shrinkage: Double? = header["shrinkage"]
        let service = seconds.map { ServiceExpectation(seconds: $0, target: target ?? 0.8, shrinkage: shrinkage ?? 0) }
        let notes: String = header["notes"]
        let activities = try Row.fetchAll(db, sql: "SELECT * FROM roster_activity WHERE roster_id = ? ORDER BY ordinal",
                                          arguments: [id]).map { row in
            RosterActivity(person: row["person_key"], date: try date(row["day"]), start: TimeOfDay(minutes: row["start_minute"]),
                           minutes: row["minutes"], name: row["name"])
        }
        var document = RosterDocument(
            name: header["name"], firstDay: try date(header["first_day"]), weeks: header["weeks"], timeZone: header["time_zone"],
            ruleSet: header["rule_set"], intervalMinutes: header["interval_minutes"], staff: staff, shifts: shifts,
            intervals: intervals, violations: violations, service: service,
            notes: notes.isEmpty ? [] : notes.components(separatedBy: "\n"))
        document.activities = activities
        return (id, document)
    }

    private static func date(_ text: String) throws -> LocalDate {
        guard let date = LocalDate(text) else { throw DatabaseError(message: "roster: stored day '\(text)' is not a date") }
        return date
    }
}
