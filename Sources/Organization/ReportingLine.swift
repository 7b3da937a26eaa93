import CivilTime

/// A person reports to a manager from `validFrom` through `validTo`.
///
/// `validTo` is the LAST day of the line (inclusive); nil means open-ended. A person has one
/// manager at a time: lines of the same person must not overlap, and must never form a cycle.
public struct ReportingLine: Hashable, Sendable, EffectiveDated {
    /// The key of the ``Person`` who reports.
    public var person: String
    /// The key of the ``Person`` reported to.
    public var manager: String
    public var validFrom: LocalDate
    /// The last day of the line (inclusive); nil while open-ended.
    public var validTo: LocalDate?
    public var source: SourceLocation?

    public init(person: String, manager: String, validFrom: LocalDate, validTo: LocalDate? = nil,
                source: SourceLocation? = nil) {
        self.person = person
        self.manager = manager
        self.validFrom = validFrom
        self.validTo = validTo
        self.source = source
    }

    /// `person@validFrom`: lines are identified by whose they are and when they start.
    public var key: String { "\(person)@\(validFrom)" }
}
