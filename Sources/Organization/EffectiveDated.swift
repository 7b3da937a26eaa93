import CivilTime

/// Something in force over a range of days: from `validFrom` through `validTo`, both inclusive.
///
/// `validTo` is the LAST day the record is in force, not the day after; nil means open-ended.
/// A line valid 2026-01-01…2026-06-30 is followed without a gap by one from 2026-07-01.
public protocol EffectiveDated {
    /// The first day in force.
    var validFrom: LocalDate { get }
    /// The last day in force (inclusive), or nil while open-ended.
    var validTo: LocalDate? { get }
}

extension EffectiveDated {
    /// Whether the record is in force on `date`.
    public func isActive(on date: LocalDate) -> Bool {
        validFrom <= date && (validTo.map { date <= $0 } ?? true)
    }

    /// Whether the two records share at least one day.
    public func overlaps(_ other: some EffectiveDated) -> Bool {
        let endsBeforeOther = validTo.map { $0 < other.validFrom } ?? false
        let otherEndsBefore = other.validTo.map { $0 < validFrom } ?? false
        return !endsBeforeOther && !otherEndsBefore
    }

    /// `2026-01-01…2026-06-30` or `2026-01-01…open`.
    public var validityDescription: String {
        "\(validFrom)…\(validTo.map(\.description) ?? "open")"
    }

    /// Whether `validTo` is not before `validFrom`.
    var hasValidRange: Bool { validTo.map { validFrom <= $0 } ?? true }
}
