import Foundation

/// Shifts of named people in one time zone: what working-time rules are checked against.
public struct Roster: Sendable {
    public let timeZone: TimeZone
    public let entries: [RosterEntry]

    public init(timeZone: TimeZone, entries: [RosterEntry]) {
        self.timeZone = timeZone
        self.entries = entries
    }
}
