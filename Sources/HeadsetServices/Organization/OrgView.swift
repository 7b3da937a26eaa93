public import CivilTime
public import Organization
import Storage

/// The stored organisation on one day, in one locale: what `org chart`, `show`, `escalation`
/// and `export` read.
public struct OrgView {
    public let organization: Organization
    public let snapshot: OrgSnapshot
    public let date: LocalDate
    public let locale: String

    /// The organisation on `date` (today in the centre's zone when nil), named in `locale`
    /// (the centre's `centre.locale` setting when nil, else English).
    public static func load(_ centre: Centre, on date: LocalDate?, locale: String?) throws -> OrgView {
        let organization = try centre.database.read("reading the organisation") { db in try OrganizationRepository.load(in: db) }
        let day = date ?? centre.today
        let chosen = try locale ?? centre.database.read("reading the centre's locale") { db in
            try SettingsRepository.value(SettingsRepository.Key.locale, in: db)
        } ?? "en"
        return OrgView(organization: organization, snapshot: OrgSnapshot(organization: organization, asOf: day), date: day,
                       locale: chosen)
    }
}
