import Foundation
import Testing
import Organization

@Suite("Ten thousand people")
struct ScaleTests {
    static let organization = SyntheticOrganization.make(people: 10_000, seed: 7)

    static func seconds(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test("validation, snapshot and chart of 10,000 people with dated changes take well under 5 s")
    func validateSnapshotChart() {
        let organization = Self.organization
        #expect(organization.people.count == 10_000)
        #expect(organization.titleAssignments.count + organization.reportingLines.count > 30_000)
        var report = ValidationReport()
        let validation = Self.seconds { report = organization.validate() }
        #expect(report.errors.isEmpty, "\(report.lines.prefix(5))")
        #expect(report.warnings.isEmpty, "\(report.lines.prefix(5))")

        var snapshot: OrgSnapshot?
        let snapshotting = Self.seconds { snapshot = OrgSnapshot(organization: organization, asOf: d("2026-03-15")) }
        var chart: OrgChart?
        let charting = Self.seconds { chart = snapshot!.chart(locale: "lt") }
        #expect(snapshot!.headcount == 10_000)
        #expect(chart!.rows.count == 10_000)
        #expect(chart!.roots.count == 1)
        #expect(!snapshot!.vacancies.isEmpty)
        print(String(format: "organization of 10,000 (%d assignments, %d lines): validate %.0f ms, snapshot %.0f ms, chart (lt) %.0f ms",
                     organization.titleAssignments.count, organization.reportingLines.count,
                     validation * 1000, snapshotting * 1000, charting * 1000))
        #expect(validation + snapshotting + charting < 5)
    }

    @Test("a cycle that one future line closes across the whole tree is found")
    func futureCycleInLargeTree() throws {
        let organization = Self.organization
        let agent = try #require(organization.titleAssignments.last { $0.title == "customer-assistant" && $0.validTo == nil })
        let chief = organization.people[0].key
        let closing = ReportingLine(person: chief, manager: agent.person, validFrom: d("2027-06-01"), source: at(1, "change.csv"))
        let changed = Organization(families: organization.families, roles: organization.roles, titles: organization.titles,
                                   people: organization.people, titleAssignments: organization.titleAssignments,
                                   reportingLines: organization.reportingLines + [closing], positions: organization.positions,
                                   escalationRules: organization.escalationRules)
        let errors = changed.validate(policy: .ignore).errors
        #expect(errors.count == 1)
        guard case let .reportingCycle(chain, from, _)? = errors.first else {
            Issue.record("expected a cycle, got \(errors.prefix(3))")
            return
        }
        #expect(from == d("2027-06-01"))
        #expect(chain.first?.key == chief && chain.last?.key == chief)
        #expect(chain.count >= 5)   // chief → agent → team lead → manager → head → chief
    }

    @Test("a permission check takes microseconds")
    func permissionSpeed() {
        let snapshot = OrgSnapshot(organization: Self.organization, asOf: d("2026-03-15"))
        let permissions = Permissions(snapshot: snapshot)
        let keys = snapshot.members.map(\.key)
        var allowed = 0
        let checks = 100_000
        let elapsed = Self.seconds {
            for index in 0..<checks {
                let actor = keys[(index &* 7919) % keys.count]
                let subject = keys[(index &* 104_729) % keys.count]
                if permissions.may(actor: actor, .evaluate, on: subject).isAllowed { allowed += 1 }
            }
        }
        let chief = keys[0]
        #expect(keys.dropFirst().allSatisfy { permissions.may(actor: chief, .view, on: $0).isAllowed })
        print(String(format: "permission check: %.2f µs each (%d of %d allowed, debug build)",
                     elapsed / Double(checks) * 1e6, allowed, checks))
        #expect(elapsed / Double(checks) < 50e-6)
    }

    @Test("the generator is the same for the same seed and different for another")
    func generatorIsSeeded() {
        let again = SyntheticOrganization.make(people: 10_000, seed: 7)
        #expect(again == Self.organization)
        #expect(SyntheticOrganization.make(people: 500, seed: 8) != SyntheticOrganization.make(people: 500, seed: 7))
        for size in [1, 2, 13, 150, 499] {
            let small = SyntheticOrganization.make(people: size, seed: 1)
            #expect(small.people.count == size)
            #expect(small.validate().isValid, "\(size): \(small.validate().lines.prefix(3))")
        }
    }
}
