public import Organization
import Quality
import Storage

/// The QA use cases: scoring, reading, acknowledging and disputing evaluations. Every method
/// that acts for someone takes the ``Actor`` and decides from the reporting hierarchy on the
/// interaction's day whether they may.
public struct QualityService: Sendable {
    public let centre: Centre

    public init(centre: Centre) { self.centre = centre }

    /// The organisation and a permission cache over it.
    func authorization() throws -> Authorization {
        Authorization(organization: try centre.organization())
    }

    /// The key of the person `text` names, in `field` for the error.
    func personKey(_ text: String, field: String, in organization: Organization) throws -> String {
        try PersonLookup.person(text, in: organization, field: field).key
    }
}
