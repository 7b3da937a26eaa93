import CivilTime
import Organization
import Storage

/// The stored organisation on one day, in one locale: what `org chart`, `show`, `escalation`
/// and `export` read.
struct OrgView {
    let organization: Organization
    let snapshot: OrgSnapshot
    let date: LocalDate
    let locale: String

    static func load(_ database: DatabaseOptions, _ options: OrgViewOptions) throws -> OrgView {
        let (store, _) = try HeadsetDatabase.openExisting(at: database.resolvedPath, access: .readOnly)
        defer { try? store.close() }
        let organization = try store.read("reading the organisation") { db in try OrganizationRepository.load(in: db) }
        let date = try options.date(in: store)
        return OrgView(organization: organization, snapshot: OrgSnapshot(organization: organization, asOf: date),
                       date: date, locale: try options.resolvedLocale(in: store))
    }
}
