import CivilTime
import Foundation
import GRDB
import Organization
@testable import Storage
import Testing

/// People with history are ended, never deleted (issue 12): an import that drops them is refused,
/// naming them, unless it says when they leave; then they stay on record, their titles and
/// reporting lines end the day before, and earlier days still resolve.
@Suite("Organization departures")
struct OrganizationDepartureTests {
    static func date(_ text: String) -> LocalDate { LocalDate(text)! }

    static let today = date("2026-12-08")

    /// Rūta leads Ana and Ben from 2026-01-01; Zoe only starts on 2027-01-01.
    static func organization(dropping dropped: Set<String> = [], people edit: (inout [Person]) -> Void = { _ in },
                             withoutRecordsOf unrecorded: Set<String> = []) -> Organization {
        var people = [
            Person(key: "ruta", displayName: "Rūta Žemaitė", email: "ruta@example.lt"),
            Person(key: "ana", displayName: "Ana Šimkutė"),
            Person(key: "ben", displayName: "Benas Ćorić"),
            Person(key: "zoe", displayName: "Zoë Ødegård"),
        ]
        edit(&people)
        let assignments = [
            TitleAssignment(person: "ruta", title: "team-lead", validFrom: date("2026-01-01")),
            TitleAssignment(person: "ana", title: "csr", validFrom: date("2026-01-01")),
            TitleAssignment(person: "ben", title: "csr", validFrom: date("2026-01-01")),
            TitleAssignment(person: "zoe", title: "csr", validFrom: date("2027-01-01")),
        ]
        let lines = [
            ReportingLine(person: "ana", manager: "ruta", validFrom: date("2026-01-01")),
            ReportingLine(person: "ben", manager: "ruta", validFrom: date("2026-01-01")),
            ReportingLine(person: "zoe", manager: "ruta", validFrom: date("2027-01-01")),
        ]
        let gone = dropped.union(unrecorded)
        return Organization(
            families: [JobFamily(key: "service", names: ["en": "Customer Service"])],
            roles: [Role(key: "agent", family: "service", level: 1, names: ["en": "Agent"]),
                    Role(key: "supervisor", family: "service", level: 3, names: ["en": "Supervisor"])],
            titles: [Title(key: "csr", role: "agent", names: ["en": "Customer Service Representative"]),
                     Title(key: "team-lead", role: "supervisor", names: ["en": "Team Lead"])],
            people: people.filter { !dropped.contains($0.key) },
            titleAssignments: assignments.filter { !gone.contains($0.person) },
            reportingLines: lines.filter { !gone.contains($0.person) && !gone.contains($0.manager) })
    }

    /// The organisation stored, the voice-call card, and Rūta's evaluation of Ana on 2026-11-23.
    static func database() throws -> HeadsetDatabase {
        let database = try QualityStorageFixture.database()
        try importing(organization(), into: database)
        _ = try QualityStorageFixture.save(QualityStorageFixture.scored("ev-1", agent: "ana", evaluator: "ruta"), in: database)
        return database
    }

    @discardableResult
    static func importing(_ organization: Organization, into database: HeadsetDatabase,
                         leaving: [String: LocalDate] = [:]) throws -> OrganizationImport {
        try database.write { db in
            let stored = try OrganizationRepository.load(in: db)
            return try OrganizationRepository.apply(organization, over: stored, leaving: leaving, today: today, actor: "hr", in: db)
        }
    }

    static func load(_ database: HeadsetDatabase) throws -> Organization {
        try database.read { db in try OrganizationRepository.load(in: db) }
    }

    static func auditCount(_ database: HeadsetDatabase) throws -> Int {
        try database.read { db in try AuditEntry.fetchCount(db) }
    }

    @Test("migration v8 gives people a leaves_on date column")
    func migration() throws {
        let database = try HeadsetDatabase.inMemory()
        let columns = try database.read { db in try db.columns(in: "person").map(\.name) }
        #expect(columns.contains("leaves_on"))
    }

    @Test("dropping a person with an evaluation is refused, naming them and saying how to proceed, and stores nothing")
    func droppedWithEvaluationIsRefused() throws {
        let database = try Self.database()
        let audited = try Self.auditCount(database)
        let before = try Self.load(database)
        let error = try #require(throws: OrganizationStoreError.self) {
            try Self.importing(Self.organization(dropping: ["ana"]), into: database)
        }
        guard case .departures(let errors) = error else { Issue.record("\(error)"); return }
        #expect(errors == [.droppedWithHistory(PersonLabel(key: "ana", name: "Ana Šimkutė"),
                                               history: ["1 evaluation as agent", "titles held from 2026-01-01",
                                                         "1 reporting line from 2026-01-01"])])
        #expect(error.description.contains("Ana Šimkutė (ana) is missing from the new people but has history"))
        #expect(error.description.contains("--leaving KEY=YYYY-MM-DD"))
        #expect(error.description.contains("leaves_on"))
        #expect(try Self.load(database) == before, "nothing written")
        #expect(try Self.auditCount(database) == audited, "nothing audited")
    }

    @Test("every person dropped with history is named at once, with evaluations, coaching and action items as evaluator, coach, agent and owner")
    func everyDroppedPersonIsNamed() throws {
        let database = try Self.database()
        try CoachingStorageFixture.add(
            try CoachingStorageFixture.bare("cs-1", coach: "ruta", agent: "ben"),
            items: [try CoachingStorageFixture.item("ai-1", owner: "ben", dueInDays: 7)], to: database, actor: "ruta")
        let error = try #require(throws: OrganizationStoreError.self) {
            try Self.importing(Self.organization(dropping: ["ana", "ben", "ruta"]), into: database, leaving: ["ana": Self.date("2026-12-01")])
        }
        guard case .departures(let errors) = error else { Issue.record("\(error)"); return }
        #expect(errors.count == 2, "Ana leaves; Benas and Rūta are named")
        let ben = try #require(errors.first { $0.description.hasPrefix("Benas Ćorić (ben)") }).description
        #expect(ben.contains("1 coaching session as agent") && ben.contains("1 action item"))
        let ruta = try #require(errors.first { $0.description.hasPrefix("Rūta Žemaitė (ruta)") }).description
        #expect(ruta.contains("1 evaluation as evaluator") && ruta.contains("1 coaching session as coach"))
        #expect(try Self.load(database).people.count == 4)
    }

    @Test("being on a saved roster is history too, counted once per roster whether as staff, on a shift or in a violation")
    func rosterIsHistory() throws {
        let database = try Self.database()
        for _ in 0..<2 {
            _ = try database.write { db in try RosterRepository.save(RosterRepositoryTests.document(), actor: "ana", in: db) }
        }
        let history = try database.read { db in
            try OrganizationRepository.history(of: ["egle.zemaite", "kari.baerum", "ana", "nobody"], in: db)
        }
        #expect(history == ["egle.zemaite": ["2 rosters"], "kari.baerum": ["2 rosters"], "ana": ["1 evaluation as agent"]])
    }

    @Test("a person who leaves is kept: titles and lines end the day before, their manager still sees them on earlier days")
    func leaverIsEnded() throws {
        let database = try Self.database()
        let audited = try Self.auditCount(database)
        let result = try Self.importing(Self.organization(dropping: ["ana"]), into: database, leaving: ["ana": Self.date("2026-12-01")])
        #expect(result.diff.removed == 0)
        #expect(result.diff.lines.contains("~ person ana: leaves on (none) → '2026-12-01'"))
        #expect(result.diff.lines.contains("~ title assignment ana@2026-01-01: valid to (none) → '2026-11-30'"))
        #expect(result.diff.lines.contains("~ reporting line ana@2026-01-01: valid to (none) → '2026-11-30'"))

        let stored = try Self.load(database)
        #expect(stored.person("ana")?.leavesOn == Self.date("2026-12-01"))
        #expect(stored.person("ana")?.displayName == "Ana Šimkutė")
        let evaluationDay = OrgSnapshot(organization: stored, asOf: Self.date("2026-11-23"))
        #expect(evaluationDay.isAbove("ruta", "ana"), "Rūta still reads Ana's November evaluation")
        #expect(OrgSnapshot(organization: stored, asOf: Self.date("2026-11-30")).member("ana") != nil)
        let gone = OrgSnapshot(organization: stored, asOf: Self.date("2026-12-01"))
        #expect(gone.member("ana") == nil)
        #expect(gone.directReports(of: "ruta").map(\.key) == ["ben"])
        #expect(try QualityStorageFixture.count("evaluation", in: database) == 1)

        let entries = try database.read { db in try AuditLog.entries(in: db) }.dropFirst(audited)
        #expect(entries.count == 3)
        let person = try #require(entries.first { $0.entity == "person" })
        #expect(person.action == .update && person.entityKey == "ana")
        #expect(person.afterJSON?.contains(#""leaves_on":"2026-12-01""#) == true)
        #expect(person.beforeJSON?.contains("leaves_on") == false)

        let again = try Self.importing(Self.organization(dropping: ["ana"]), into: database)
        #expect(again.diff.isEmpty, "someone who left stays left without being named again: \(again.diff.lines)")
    }

    @Test("a leaves_on date in the people file ends what the files still give and drops what would start after it")
    func leavingDateInTheFile() throws {
        let database = try Self.database()
        let organization = Self.organization(people: { people in people[1].leavesOn = Self.date("2026-12-01") })
        let withFuture = Organization(
            families: organization.families, roles: organization.roles, titles: organization.titles,
            people: organization.people,
            titleAssignments: organization.titleAssignments.map { assignment in
                var ended = assignment
                if assignment.person == "ana" { ended.validTo = Self.date("2026-12-31") }
                return ended
            } + [TitleAssignment(person: "ana", title: "team-lead", validFrom: Self.date("2027-01-01"))],
            reportingLines: organization.reportingLines)
        let result = try Self.importing(withFuture, into: database)
        let stored = try Self.load(database)
        #expect(stored.titleAssignments(of: "ana").map(\.validityDescription) == ["2026-01-01…2026-11-30"])
        #expect(stored.reportingLines(of: "ana").map(\.validityDescription) == ["2026-01-01…2026-11-30"])
        #expect(result.leavers == ["ana": Self.date("2026-12-01")])
    }

    @Test("a leaver the files give no titles or lines for keeps the stored ones, ended, instead of losing them")
    func leaverKeepsStoredRecords() throws {
        let database = try Self.database()
        let result = try Self.importing(Self.organization(people: { people in people[1].leavesOn = Self.date("2026-12-01") },
                                                          withoutRecordsOf: ["ana"]), into: database)
        #expect(result.diff.removed == 0, "\(result.diff.lines)")
        let stored = try Self.load(database)
        #expect(stored.titleAssignments(of: "ana").map(\.validityDescription) == ["2026-01-01…2026-11-30"])
        #expect(stored.reportingLines(of: "ana").map(\.manager) == ["ruta"])
    }

    @Test("a line to a manager who leaves is ended the day before, with a warning naming who is left without a manager")
    func managerLeaves() throws {
        let database = try Self.database()
        let result = try Self.importing(Self.organization(people: { people in people[0].leavesOn = Self.date("2026-12-01") }),
                                     into: database)
        let stored = try Self.load(database)
        #expect(stored.reportingLines(of: "ben").map(\.validityDescription) == ["2026-01-01…2026-11-30"])
        #expect(stored.reportingLines(of: "zoe").isEmpty, "Zoë's line would only start after Rūta left")
        #expect(result.warnings.contains { $0.description.hasPrefix("Benas Ćorić (ben) reports to Rūta Žemaitė (ruta), who leaves on 2026-12-01") })
    }

    @Test("a person without history is still removed: nothing of theirs had started and nothing refers to them")
    func withoutHistoryIsRemoved() throws {
        let database = try Self.database()
        let result = try Self.importing(Self.organization(dropping: ["zoe"]), into: database)
        #expect(result.diff.lines.contains("- person zoe"))
        #expect(try Self.load(database).person("zoe") == nil)
    }

    @Test("a leaving date for someone who is neither in the files nor stored is refused")
    func unknownLeaver() throws {
        let database = try Self.database()
        let error = try #require(throws: OrganizationStoreError.self) {
            try Self.importing(Self.organization(), into: database, leaving: ["nobody": Self.date("2026-12-01")])
        }
        #expect(error == .departures([.unknownLeaver(key: "nobody", leavesOn: Self.date("2026-12-01"))]))
    }
}
