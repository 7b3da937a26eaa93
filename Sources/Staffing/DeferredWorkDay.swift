import Foundation

/// The items that arrived on one calendar day (in the planner's time zone) and their fate.
public struct DeferredWorkDay: Equatable, Sendable {
    /// Local midnight starting the day.
    public let start: Date
    public let outcome: DeferredWorkOutcome
}
