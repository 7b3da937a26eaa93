import CivilTime

/// A budgeted seat with a title and a manager, filled by title assignments or vacant.
///
/// `validTo` is the LAST day the seat exists (inclusive); nil means open-ended. A position active
/// on a date that no active ``TitleAssignment`` fills is a vacancy.
public struct Position: Hashable, Sendable, EffectiveDated {
    /// Stable key people write in files (`cs-vilnius-agent-017`).
    public var key: String
    /// The key of the ``Title`` the seat is budgeted for.
    public var title: String
    /// The key of the ``Person`` the seat reports to, if any.
    public var reportsTo: String?
    public var validFrom: LocalDate
    /// The last day the seat exists (inclusive); nil while open-ended.
    public var validTo: LocalDate?
    public var source: SourceLocation?

    public init(key: String, title: String, reportsTo: String? = nil, validFrom: LocalDate,
                validTo: LocalDate? = nil, source: SourceLocation? = nil) {
        self.key = key
        self.title = title
        self.reportsTo = reportsTo
        self.validFrom = validFrom
        self.validTo = validTo
        self.source = source
    }
}
