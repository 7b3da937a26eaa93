import CivilTime

/// A person holds a title (optionally in a budgeted position) from `validFrom` through `validTo`.
///
/// `validTo` is the LAST day held (inclusive); nil means open-ended. A person holds one title at
/// a time: assignments of the same person must not overlap.
public struct TitleAssignment: Hashable, Sendable, EffectiveDated {
    /// The key of the ``Person``.
    public var person: String
    /// The key of the ``Title``.
    public var title: String
    /// The key of the ``Position`` (seat) filled, if any.
    public var position: String?
    public var validFrom: LocalDate
    /// The last day held (inclusive); nil while open-ended.
    public var validTo: LocalDate?
    public var source: SourceLocation?

    public init(person: String, title: String, position: String? = nil, validFrom: LocalDate,
                validTo: LocalDate? = nil, source: SourceLocation? = nil) {
        self.person = person
        self.title = title
        self.position = position
        self.validFrom = validFrom
        self.validTo = validTo
        self.source = source
    }

    /// `person@validFrom`: assignments are identified by whose they are and when they start.
    public var key: String { "\(person)@\(validFrom)" }
}
