import CivilTime

/// A place where a roster breaks a working-time rule: who, which day(s), which rule and law, and
/// the numbers (`value` measured against `limit`, in `unit`).
///
/// ```
/// rest between shifts 9.5 h < 11 h: 2026-12-01 22:00 → 2026-12-02 07:30
/// ```
public struct RuleViolation: Equatable, Sendable {
    public let person: String
    /// The first day concerned (a shift's start date, a period's first day).
    public let date: LocalDate
    /// The last day concerned, when the violation spans several.
    public let endDate: LocalDate?
    /// The rule's key (`daily-rest`) and kind (`minimum_daily_rest_hours`).
    public let rule: String
    public let kind: String
    public let citation: String
    public let message: String
    public let value: Double
    public let limit: Double
    /// `hours`, `minutes` or `days`.
    public let unit: String

    public init(person: String, date: LocalDate, endDate: LocalDate?, rule: WorkingTimeRule, message: String,
                value: Double, limit: Double, unit: String) {
        self.person = person
        self.date = date
        self.endDate = endDate
        self.rule = rule.key
        self.kind = rule.kind.name
        self.citation = rule.citation
        self.message = message
        self.value = value
        self.limit = limit
        self.unit = unit
    }

    /// A violation read back from storage, field by field.
    public init(person: String, date: LocalDate, endDate: LocalDate?, rule: String, kind: String, citation: String,
                message: String, value: Double, limit: Double, unit: String) {
        self.person = person
        self.date = date
        self.endDate = endDate
        self.rule = rule
        self.kind = kind
        self.citation = citation
        self.message = message
        self.value = value
        self.limit = limit
        self.unit = unit
    }
}
