import CivilTime

/// What the coaching workbook shows: the sessions (shared notes only), their action items, the
/// before/after effect per criterion, and the day that "overdue" is measured against.
///
/// ```swift
/// let report = CoachingReport(sessions: sessions, actionItems: items, effects: effects,
///                             today: LocalDate("2026-11-20")!,
///                             notes: ["Before: the 30 days before the session; after: the 30 days after it."])
/// ```
public struct CoachingReport: Sendable {
    public var sessions: [CoachingLogRow]
    public var actionItems: [CoachingItemRow]
    public var effects: [CoachingEffectRow]
    /// The day overdue items and late acknowledgements are judged on; the sheets show it in a
    /// cell the reader may change.
    public var today: LocalDate
    /// Lines shown under the title of "Coaching effect": how "before" and "after" are defined,
    /// the source of the figures.
    public var notes: [String]

    public init(sessions: [CoachingLogRow], actionItems: [CoachingItemRow], effects: [CoachingEffectRow], today: LocalDate,
                notes: [String] = []) {
        self.sessions = sessions
        self.actionItems = actionItems
        self.effects = effects
        self.today = today
        self.notes = notes
    }
}
