import CivilTime
import Foundation
import Organization
import Randomness

/// The organisation targets: validation and an org chart of 10,000 people as of any date, and a
/// permission check, on the seeded synthetic tree the tests also use.
enum OrganizationBenchmark {
    static func run(people: Int = 10_000) throws -> String {
        let organization = SyntheticOrganization.make(people: people, seed: 7)
        var report = "organization: \(people) people, \(organization.titleAssignments.count) title assignments, "
            + "\(organization.reportingLines.count) reporting lines\n"
        var errors = 0
        let validate = try StaffingClock.best(of: 3) { errors = organization.validate(policy: .error).errors.count }
        report += String(format: "  validate (all dates)        %7.1f ms, %d errors\n", validate * 1000, errors)
        let dates = ["2025-01-01", "2025-09-15", "2026-06-30"].compactMap { LocalDate($0) }
        for date in dates {
            var rows = 0
            let chart = try StaffingClock.best(of: 3) {
                rows = OrgSnapshot(organization: organization, asOf: date).chart(locale: "lt").rows.count
            }
            report += String(format: "  snapshot + chart as of %@  %6.1f ms, %d rows (target 500 ms)\n",
                             date.description, chart * 1000, rows)
        }
        let permissions = Permissions(organization: organization, asOf: dates[1])
        let keys = organization.people.map(\.key)
        var generator = SplitMix64(seed: 11)
        let pairs = (0..<200_000).map { _ in (keys[Int(generator.next() % UInt64(keys.count))],
                                              keys[Int(generator.next() % UInt64(keys.count))]) }
        var allowed = 0
        let checks = try StaffingClock.best(of: 3) {
            allowed = 0
            for (actor, subject) in pairs where permissions.may(actor: actor, .evaluate, on: subject).isAllowed { allowed += 1 }
        }
        report += String(format: "  permission check            %7.3f µs each (%d checks, %d allowed; target 10 µs)",
                         checks * 1e6 / Double(pairs.count), pairs.count, allowed)
        return report
    }
}
