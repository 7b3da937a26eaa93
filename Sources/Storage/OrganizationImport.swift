public import CivilTime
public import Organization

/// What ``OrganizationRepository/apply(_:over:policy:leaving:today:actor:in:)`` did (or
/// ``OrganizationRepository/plan(_:over:policy:leaving:history:today:)`` would do): the changes
/// it wrote (one audit entry each), the validation warnings it let through, and the organisation
/// stored, leavers kept and ended.
public struct OrganizationImport: Sendable {
    public let diff: OrganizationDiff
    public let warnings: [OrganizationError]
    /// The organisation as stored after the import (the one given, with departures settled).
    public let organization: Organization
    /// Everyone who leaves or has left, with the first day they are no longer in the organisation.
    public let leavers: [String: LocalDate]

    public init(diff: OrganizationDiff, warnings: [OrganizationError], organization: Organization = Organization(),
                leavers: [String: LocalDate] = [:]) {
        self.diff = diff
        self.warnings = warnings
        self.organization = organization
        self.leavers = leavers
    }
}
