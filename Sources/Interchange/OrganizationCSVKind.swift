/// What an organisation CSV file holds, told from its header.
///
/// | kind | columns (required in bold) |
/// |---|---|
/// | people | **key**, **name**, given_name, family_name, email, locale, leaves_on |
/// | title assignments | **person**, **title**, position, **valid_from**, valid_to |
/// | reporting lines | **person**, **manager**, **valid_from**, valid_to |
/// | positions | **key**, **title**, reports_to, **valid_from**, valid_to |
///
/// The header decides, in this order: a `manager` column makes reporting lines; `person` and
/// `title` make title assignments; `key` and `title` make positions; `name` makes people.
/// Header names ignore case, spaces, `_` and `-`, and accept the aliases below.
enum OrganizationCSVKind: String, CaseIterable {
    case people
    case titleAssignments = "title assignments"
    case reportingLines = "reporting lines"
    case positions

    static let personKey = CSVColumn("key", aliases: ["person", "person_key", "employee", "employee_id"])
    static let displayName = CSVColumn("name", aliases: ["display_name", "full_name"])
    static let givenName = CSVColumn("given_name", aliases: ["first_name"], required: false)
    static let familyName = CSVColumn("family_name", aliases: ["last_name", "surname"], required: false)
    static let email = CSVColumn("email", aliases: ["e_mail"], required: false)
    static let locale = CSVColumn("locale", aliases: ["preferred_locale", "language"], required: false)
    /// The first day the person is no longer in the organisation (blank: they stay).
    static let leavesOn = CSVColumn("leaves_on", aliases: ["left_on", "leaving_date", "leaving_on"], required: false)

    static let person = CSVColumn("person", aliases: ["person_key", "employee", "employee_id"])
    static let title = CSVColumn("title", aliases: ["title_key", "job_title"])
    static let position = CSVColumn("position", aliases: ["position_key"], required: false)
    static let manager = CSVColumn("manager", aliases: ["manager_key"])
    static let positionKey = CSVColumn("key", aliases: ["position", "position_key"])
    static let reportsTo = CSVColumn("reports_to", required: false)
    static let validFrom = CSVColumn("valid_from", aliases: ["from", "start_date"])
    static let validTo = CSVColumn("valid_to", aliases: ["to", "end_date"], required: false)

    /// The columns a file of this kind is read with.
    var columns: [CSVColumn] {
        switch self {
        case .people: [Self.personKey, Self.displayName, Self.givenName, Self.familyName, Self.email, Self.locale,
                       Self.leavesOn]
        case .titleAssignments: [Self.person, Self.title, Self.position, Self.validFrom, Self.validTo]
        case .reportingLines: [Self.person, Self.manager, Self.validFrom, Self.validTo]
        case .positions: [Self.positionKey, Self.title, Self.reportsTo, Self.validFrom, Self.validTo]
        }
    }

    /// The kind a header announces, or nil when it matches none.
    init?(header: [String]) {
        let names = Set(header.map(CSVColumn.normalized))
        func has(_ column: CSVColumn) -> Bool {
            column.acceptedNames.contains { names.contains(CSVColumn.normalized($0)) }
        }
        if has(Self.manager) {
            self = .reportingLines
        } else if has(Self.title) && has(Self.person) {
            self = .titleAssignments
        } else if has(Self.title) && has(Self.positionKey) {
            self = .positions
        } else if has(Self.displayName) {
            self = .people
        } else {
            return nil
        }
    }
}
