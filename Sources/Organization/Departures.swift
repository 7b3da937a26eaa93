import CivilTime

/// What ``Organization/settlingDepartures(from:leaving:history:today:)`` made of the people an
/// import drops or says are leaving.
///
/// ```swift
/// let departures = newer.settlingDepartures(from: stored, leaving: ["ben": LocalDate("2026-07-01")!],
///                                           history: ["ben": ["3 evaluations"]], today: today)
/// guard departures.errors.isEmpty else { … }        // dropped with history: refuse the import
/// store(departures.organization)                    // Ben kept, his titles and lines ended 2026-06-30
/// ```
public struct Departures: Sendable {
    /// The organisation to store: leavers kept as people, nothing of theirs in force from the
    /// day they leave.
    public let organization: Organization
    /// People dropped although they have history, and leaving dates for nobody: refuse the import.
    public let errors: [OrganizationError]
    /// Reporting lines of people who stay that were ended because their manager leaves.
    public let warnings: [OrganizationError]
    /// Everyone who leaves or has left, with the first day they are no longer in the organisation.
    public let leavers: [String: LocalDate]
}
