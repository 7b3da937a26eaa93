import CivilTime

extension LocalDate {
    /// The first day of the calendar week starting on `weekStart` that contains this day: the
    /// weeks working-time rules count in (``WorkingTimeRuleKind``), shared by the check and the
    /// roster assigner so both see the same weeks.
    ///
    /// ```swift
    /// LocalDate("2026-11-26")!.startOfRuleWeek(weekStart: .monday)   // 2026-11-23
    /// ```
    func startOfRuleWeek(weekStart: Weekday) -> LocalDate {
        adding(days: -((weekday.isoNumber - weekStart.isoNumber + 7) % 7))
    }
}
