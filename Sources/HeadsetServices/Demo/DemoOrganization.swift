public import CivilTime
import Interchange
public import Organization

/// The demo's organisation: the Aurora help desk in `org/` (structure, people, title
/// assignments, reporting lines), with a reorganisation of the Rīga team on 2027-03-01, a
/// vacancy, and escalation rules from agents up to the chief customer officer.
public enum DemoOrganization {
    public static let files = ["org/structure.yaml", "org/people.csv", "org/assignments.csv", "org/lines.csv"]
    /// The reorganisation the files date in the future, for the overview.
    public static let reorganisation = LocalDate(year: 2027, month: 3, day: 1)!

    /// The files read and merged; validated, so the demo stops before writing anything when they
    /// are wrong.
    public static func sample() throws -> Organization {
        let urls = try files.map { try DemoDataLocator.locate($0) }
        let organization: Organization
        do {
            organization = try OrganizationReader.read(contentsOf: urls).organization()
        } catch {
            throw DemoError.invalidData(error.description)
        }
        let report = organization.validate()
        guard report.isValid else {
            throw DemoError.invalidData(report.errors.map(\.description).joined(separator: "\n"))
        }
        return organization
    }

    /// One line for the overview: `40 people, 11 titles, 5 job families; …`.
    public static func description(_ snapshot: OrgSnapshot, locale: String) -> String {
        let organization = snapshot.organization
        return "\(snapshot.headcount) people on \(snapshot.date) (\(organization.people.count) in the files), "
            + "\(organization.titles.count) titles in \(organization.families.count) job families, "
            + "\(snapshot.vacancies.count) vacant position\(snapshot.vacancies.count == 1 ? "" : "s"); "
            + "the Rīga team is reorganised on \(reorganisation) (headset org chart --as-of \(reorganisation)); "
            + "names sorted in \(locale)"
    }
}
