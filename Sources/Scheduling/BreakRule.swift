/// A break or lunch a shift must contain: its length, whether it is paid, and the window in
/// which it may start.
///
/// ```swift
/// BreakRule(name: "lunch", durationMinutes: 30, isPaid: false,
///           earliest: .afterStart(minutes: 210), latest: .afterStart(minutes: 300))
/// ```
///
/// Both ends of the window are break *starts*: a 30-minute lunch with `latest` 5h may run until
/// 5h30m into the shift.
public struct BreakRule: Sendable, Hashable {
    public let name: String
    public let durationMinutes: Int
    public let isPaid: Bool
    public let earliest: BreakWindowBound
    public let latest: BreakWindowBound

    public init(name: String, durationMinutes: Int, isPaid: Bool, earliest: BreakWindowBound, latest: BreakWindowBound) {
        self.name = name
        self.durationMinutes = durationMinutes
        self.isPaid = isPaid
        self.earliest = earliest
        self.latest = latest
    }

    /// The break's possible starts, as minutes after the start of a shift that starts at
    /// `shiftStart` (minutes after midnight) and lasts `lengthMinutes`, clipped to the shift;
    /// nil when no start keeps the whole break inside the shift.
    public func startOffsets(shiftStart: Int, lengthMinutes: Int) -> ClosedRange<Int>? {
        let first = max(0, earliest.offset(fromShiftStart: shiftStart))
        let last = min(latest.offset(fromShiftStart: shiftStart), lengthMinutes - durationMinutes)
        return first <= last ? first...last : nil
    }

    /// A label for messages: `'lunch' (30m, unpaid)`.
    var label: String {
        "'\(name)' (\(DurationText.text(minutes: durationMinutes)), \(isPaid ? "paid" : "unpaid"))"
    }
}
