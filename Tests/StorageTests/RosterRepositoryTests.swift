import CivilTime
import Foundation
import GRDB
import Scheduling
@testable import Storage
import Testing

/// Rosters saved whole and read back whole: people with their letters, open shifts, breaks,
/// requirements with their calls, violations and service settings; audited; rolled back whole.
@Suite("Roster repository")
struct RosterRepositoryTests {
    static let monday = LocalDate("2026-12-07")!

    static func document(name: String = "Vilnius — December") -> RosterDocument {
        let early = ShiftVariant(template: "early", start: TimeOfDay(hour: 7, minute: 0), lengthMinutes: 510, breaks: [
            PlacedBreak(name: "break", offsetMinutes: 90, durationMinutes: 15, isPaid: true),
            PlacedBreak(name: "lunch", offsetMinutes: 240, durationMinutes: 30, isPaid: false),
        ], cost: 8)
        let night = ShiftVariant(template: "night", start: TimeOfDay(hour: 22, minute: 30), lengthMinutes: 480, breaks: [], cost: 9.5)
        let rule = WorkingTimeRule(key: "daily-rest", citation: "Directive 2003/88/EC, Art. 3", kind: .minimumDailyRest(hours: 11))
        return RosterDocument(
            name: name, firstDay: monday, weeks: 1, timeZone: "Europe/Vilnius", ruleSet: "EU", intervalMinutes: 30,
            staff: [StaffHours(person: "egle.zemaite", name: "Eglė Žemaitė", hours: 8, minimumHours: 30, maximumHours: 40, shifts: 1,
                               weekendShifts: 0),
                    StaffHours(person: "kari.baerum", name: "Kari Bærum", hours: 8, minimumHours: 0, maximumHours: 20, shifts: 1,
                               weekendShifts: 1)],
            shifts: [RosteredShift(person: "egle.zemaite", date: monday, variant: early),
                     RosteredShift(person: "kari.baerum", date: monday.adding(days: 5), variant: night),
                     RosteredShift(person: nil, date: monday.adding(days: 6), variant: early)],
            intervals: [RequirementInterval(date: monday, start: TimeOfDay(hour: 7, minute: 0), required: 1.5, label: "2026-12-07T07:00",
                                            workload: IntervalWorkload(calls: 12, handleSeconds: 210)),
                        RequirementInterval(date: monday, start: TimeOfDay(hour: 7, minute: 30), required: 2)],
            violations: [RuleViolation(person: "kari.baerum", date: monday.adding(days: 5), endDate: monday.adding(days: 6), rule: rule,
                                       message: "rest 9.5 h < 11 h", value: 9.5, limit: 11, unit: "hours")],
            service: ServiceExpectation(seconds: 20, target: 0.8, shrinkage: 0.3), notes: ["made from need.csv", "Ķemeri"])
    }

    @Test("save then load gives back every field; the newest roster loads without an id; list counts")
    func roundTrip() throws {
        let database = try HeadsetDatabase.inMemory()
        let original = Self.document()
        let first = try database.write { db in try RosterRepository.save(original, actor: "ana", in: db) }
        let second = try database.write { db in try RosterRepository.save(Self.document(name: "second"), actor: "ana", in: db) }
        #expect(second > first)
        let loaded = try #require(try database.read { db in try RosterRepository.load(id: first, in: db) })
        let copy = loaded.document
        #expect(loaded.id == first)
        #expect(copy.name == original.name && copy.firstDay == original.firstDay && copy.weeks == 1)
        #expect(copy.timeZone == "Europe/Vilnius" && copy.ruleSet == "EU" && copy.intervalMinutes == 30)
        #expect(copy.staff == original.staff)
        #expect(copy.shifts == original.shifts)
        #expect(copy.intervals == original.intervals)
        #expect(copy.violations == original.violations)
        #expect(copy.service == original.service)
        #expect(copy.notes == original.notes)
        #expect(copy.coverage() == original.coverage())

        let newest = try #require(try database.read { db in try RosterRepository.load(id: nil, in: db) })
        #expect(newest.id == second && newest.document.name == "second")
        #expect(try database.read { db in try RosterRepository.load(id: 99, in: db) } == nil)

        let list = try database.read { db in try RosterRepository.list(in: db) }
        #expect(list.map(\.id) == [second, first])
        #expect(list[1].people == 2 && list[1].shifts == 3 && list[1].openShifts == 1 && list[1].violations == 1)
        let audit = try database.read { db in try AuditLog.entries(entity: RosterRepository.auditEntity, in: db) }
        #expect(audit.map(\.entityKey) == [String(first), String(second)])
        #expect(audit.allSatisfy { $0.actor == "ana" && $0.action == .create })
    }

    @Test("a failure inside the transaction leaves no roster, no shifts and no audit entry")
    func rollback() throws {
        let database = try HeadsetDatabase.inMemory()
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try database.write { db in
                try RosterRepository.save(Self.document(), actor: "ana", in: db)
                throw Boom()
            }
        }
        let counts = try database.read { db in
            try ["roster", "roster_shift", "roster_break", "roster_person", "roster_interval", "roster_violation", "audit_log"].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1
            }
        }
        #expect(counts.allSatisfy { $0 == 0 }, "\(counts)")
    }

    @Test("the schema refuses a shift outside the day and an interval length that does not divide a day")
    func constraints() throws {
        let database = try HeadsetDatabase.inMemory()
        let id = try database.write { db in try RosterRepository.save(Self.document(), actor: "ana", in: db) }
        #expect(throws: (any Error).self) {
            try database.write { db in
                try db.execute(sql: """
                    INSERT INTO roster_shift (roster_id, person_key, day, template, start_minute, length_minutes, cost)
                    VALUES (?, 'x', '2026-12-07', 'early', 1440, 60, 1)
                    """, arguments: [id])
            }
        }
        #expect(throws: (any Error).self) {
            try database.write { db in try db.execute(sql: "UPDATE roster SET interval_minutes = 7 WHERE id = ?", arguments: [id]) }
        }
    }
}
