import CivilTime
import Foundation
import GRDB
import Organization
@testable import Storage
import Testing

@Suite("Organization repository")
struct OrganizationRepositoryTests {
    static func date(_ text: String) -> LocalDate { LocalDate(text)! }

    static func store(_ organization: Organization, in database: HeadsetDatabase, actor: String = "ana",
                      today: LocalDate? = nil) throws -> OrganizationImport {
        try database.write { db in
            let stored = try OrganizationRepository.load(in: db)
            return try OrganizationRepository.apply(organization, over: stored, today: today, actor: actor, in: db)
        }
    }

    static func load(_ database: HeadsetDatabase) throws -> Organization {
        try database.read { db in try OrganizationRepository.load(in: db) }
    }

    @Test("migration v3 creates the organisation tables with foreign keys, unique keys and date indexes")
    func migration() throws {
        let database = try HeadsetDatabase.inMemory()
        #expect(try database.schemaVersion() >= 3)
        let tables = try database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        for table in ["job_family", "role", "role_capability", "title", "title_alias", "translation", "person", "position",
                      "title_assignment", "reporting_line", "escalation_rule"] {
            #expect(tables.contains(table), "\(table)")
        }
        let references = try database.read { db in
            try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(title_assignment)").map { $0["table"] as String }
        }
        #expect(Set(references) == ["person", "title", "position"])
        let indexes = try database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reporting_line'")
        }
        #expect(indexes.contains("reporting_line_by_manager_date"))
    }

    @Test("what apply stores, load gives back: no differences, every kind and field included")
    func roundTrip() throws {
        let database = try HeadsetDatabase.inMemory()
        let organization = SyntheticOrganization.make(people: 400, seed: 3)
        let result = try Self.store(organization, in: database)
        #expect(result.diff.added == result.diff.entries.count)
        let loaded = try Self.load(database)
        #expect(loaded.changes(to: organization).isEmpty)
        #expect(organization.changes(to: loaded).isEmpty)
        #expect(loaded.people.count == 400)
        #expect(loaded.titleAssignments.count == organization.titleAssignments.count)
        #expect(loaded.reportingLines.count == organization.reportingLines.count)
        #expect(loaded.roles.first { $0.key == "hr-partner" }?.capabilities == [.manageStructure])
        #expect(loaded.title("bank-teller")?.aliases == ["Teller"])
        #expect(loaded.family("customer-service")?.name(in: "lv") == "Klientu apkalpošana")
        #expect(loaded.validate().isValid)
    }

    @Test("one audit entry per entity in the same transaction; applying the same organisation again writes nothing")
    func idempotent() throws {
        let database = try HeadsetDatabase.inMemory()
        let organization = SyntheticOrganization.make(people: 100, seed: 5)
        let first = try Self.store(organization, in: database)
        let entries = try database.read { db in try AuditLog.entries(in: db) }
        #expect(entries.count == first.diff.entries.count)
        #expect(entries.allSatisfy { $0.action == .create && $0.actor == "ana" && $0.beforeJSON == nil })
        #expect(Set(entries.map(\.occurredAt)).count == 1, "one change, one moment")
        let (second, changes) = try database.write { db in
            let before = db.totalChangesCount
            let stored = try OrganizationRepository.load(in: db)
            let result = try OrganizationRepository.apply(organization, over: stored, actor: "ivo", in: db)
            return (result, db.totalChangesCount - before)
        }
        #expect(second.diff.isEmpty)
        #expect(changes == 0)
        #expect(try database.read { db in try AuditLog.entries(in: db) }.count == entries.count)
    }

    @Test("changes are updates and deletes of only what differs, each audited with before and after")
    func changes() throws {
        let database = try HeadsetDatabase.inMemory()
        let original = SyntheticOrganization.make(people: 60, seed: 9)
        _ = try Self.store(original, in: database)
        let audited = try database.read { db in try AuditLog.entries(in: db) }.count

        var people = original.people
        people[3].email = "moved@example.lt"
        let leaver = original.people.last!.key
        people.removeAll { $0.key == leaver }
        var titles = original.titles
        titles[0].names.set("Klientų konsultantė", for: "lt")
        titles.append(Title(key: "night-agent", role: "agent", names: ["en": "Night Agent", "nb": "Nattagent"], aliases: ["Night Owl"]))
        var rules = original.escalationRules
        rules[0].to = "manager"
        let changed = Organization(
            families: original.families, roles: original.roles, titles: titles, people: people,
            titleAssignments: original.titleAssignments.filter { $0.person != leaver },
            reportingLines: original.reportingLines.filter { $0.person != leaver && $0.manager != leaver },
            positions: original.positions, escalationRules: rules)
        // Judged on a day before any synthetic record starts, the leaver has no history yet and
        // is deleted (people with history leave on a date instead: OrganizationDepartureTests).
        let result = try Self.store(changed, in: database, actor: "ivo", today: Self.date("2024-12-31"))
        #expect(result.diff.description == "1 added, \(result.diff.removed) removed, 3 changed")
        #expect(try Self.load(database).changes(to: changed).isEmpty)

        let all = try database.read { db in try AuditLog.entries(in: db) }
        #expect(all.count == audited + result.diff.entries.count)
        let entries = all.dropFirst(audited)
        let person = try #require(entries.first { $0.entity == "person" && $0.action == .update })
        #expect(person.entityKey == people[3].key)
        #expect(person.beforeJSON?.contains("\"email\":\"\(original.people[3].email!)\"") == true)
        #expect(person.afterJSON?.contains("\"email\":\"moved@example.lt\"") == true)
        let added = try #require(entries.first { $0.entity == "title" && $0.action == .create })
        #expect(added.afterJSON == #"{"aliases":["Night Owl"],"key":"night-agent","names":{"en":"Night Agent","nb":"Nattagent"},"role":"agent"}"#)
        let removed = try #require(entries.first { $0.entity == "person" && $0.action == .delete })
        #expect(removed.entityKey == leaver)
        #expect(removed.afterJSON == nil)
        let rule = try #require(entries.first { $0.entity == "escalation_rule" })
        #expect(rule.action == .update)
        #expect(rule.afterJSON == #"{"from":"agent","to":"manager"}"#)
    }

    @Test("a title people hold cannot be deleted: the repository refuses and the database's foreign keys agree")
    func titleInUse() throws {
        let database = try HeadsetDatabase.inMemory()
        let original = SyntheticOrganization.make(people: 30, seed: 1)
        _ = try Self.store(original, in: database)
        let audited = try database.read { db in try AuditLog.entries(in: db) }.count
        let withoutTitle = Organization(
            families: original.families, roles: original.roles, titles: original.titles.filter { $0.key != "team-lead" },
            people: original.people, titleAssignments: original.titleAssignments, reportingLines: original.reportingLines,
            positions: original.positions, escalationRules: original.escalationRules)
        #expect {
            try Self.store(withoutTitle, in: database)
        } throws: { error in
            guard case .refused(let diff) = error as? OrganizationStoreError else { return false }
            return diff.errors.count == 1 && diff.errors[0].description.hasPrefix("title 'team-lead' is still used by title assignment")
        }
        #expect(try database.read { db in try AuditLog.entries(in: db) }.count == audited)
        #expect(try Self.load(database).title("team-lead") != nil)
        #expect {
            try database.writer.write { db in try db.execute(sql: "DELETE FROM title WHERE key = 'team-lead'") }
        } throws: { error in
            (error as? DatabaseError)?.resultCode == .SQLITE_CONSTRAINT
                && (error as? DatabaseError)?.message == "FOREIGN KEY constraint failed"
        }
    }

    @Test("an invalid organisation is refused before anything is written")
    func invalid() throws {
        let database = try HeadsetDatabase.inMemory()
        let organization = Organization(
            people: [Person(key: "a", displayName: "A"), Person(key: "b", displayName: "B")],
            reportingLines: [ReportingLine(person: "a", manager: "b", validFrom: Self.date("2026-01-01")),
                             ReportingLine(person: "b", manager: "a", validFrom: Self.date("2027-01-01"))])
        #expect {
            try Self.store(organization, in: database)
        } throws: { error in
            guard case .invalid(let report) = error as? OrganizationStoreError else { return false }
            return report.errors.contains { $0.description.hasPrefix("reporting cycle from 2027-01-01") }
        }
        #expect(try Self.load(database).people.isEmpty)
    }

    @Test("10,000 people with their dated records load in well under a second (release)")
    func loadTenThousand() throws {
        let directory = try TemporaryDatabaseDirectory()
        let (database, _) = try HeadsetDatabase.open(at: directory.path("big.sqlite"))
        defer { try? database.close() }
        let organization = SyntheticOrganization.make(people: 10_000, seed: 7)
        _ = try Self.store(organization, in: database)
        let start = DispatchTime.now().uptimeNanoseconds
        let loaded = try Self.load(database)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        #expect(loaded.people.count == 10_000)
        #expect(loaded.titleAssignments.count + loaded.reportingLines.count
                == organization.titleAssignments.count + organization.reportingLines.count)
        print(String(format: "OrganizationRepository.load of 10,000 people (%d assignments, %d lines): %.0f ms",
                     loaded.titleAssignments.count, loaded.reportingLines.count, seconds * 1000))
        #expect(seconds < 10, "generous for debug builds")
    }
}
