import Foundation

/// One planning interval of a deferred channel (email, letters, fax, back-office cases).
///
/// ```swift
/// let nine = try DeferredWorkInterval(start: nineOClock, seconds: 3600, items: 10, handleTime: 360)
/// let night = try DeferredWorkInterval(start: sixPM, seconds: 15 * 3600, items: 4, handleTime: 360,
///                                      isOpen: false)   // items arrive, nobody works
/// ```
///
/// The interval's items are taken to arrive together at its `start`: their response clock starts
/// then, and they can be worked from then on. Use intervals as short as the arrival pattern needs
/// (15–60 minutes); with longer ones the clock starts up to one interval early.
public struct DeferredWorkInterval: Equatable, Sendable {
    public let start: Date
    /// Length in seconds (DST days simply have intervals that add up to 23 or 25 hours).
    public let seconds: Double
    /// Items arriving (forecasts may be fractional).
    public let items: Double
    /// Work per item in seconds (reading, answering, wrap-up).
    public let handleTime: Double
    /// Whether the centre works this interval; closed intervals receive items but do no work.
    public let isOpen: Bool

    public init(start: Date, seconds: Double, items: Double, handleTime: Double,
                isOpen: Bool = true) throws(StaffingError) {
        guard seconds.isFinite, seconds > 0 else {
            throw .invalidInput(field: "interval", value: seconds / 60, requirement: "must be more than 0 minutes")
        }
        try StaffingLimits.check(items, in: 0...StaffingLimits.maximumItems, field: "items", unit: "items per interval")
        try StaffingLimits.checkPositive(handleTime, atMost: StaffingLimits.maximumHandleTimeSeconds,
                                         field: "handle time", unit: "seconds")
        self.start = start
        self.seconds = seconds
        self.items = items
        self.handleTime = handleTime
        self.isOpen = isOpen
    }

    public var end: Date { start.addingTimeInterval(seconds) }
    /// Seconds of work arriving: items × handle time.
    public var workSeconds: Double { items * handleTime }
}
