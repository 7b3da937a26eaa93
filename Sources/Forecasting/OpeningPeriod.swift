import Foundation

/// A stretch of a day when the centre takes contacts: local wall-clock minutes [open, close).
public struct OpeningPeriod: Hashable, Sendable {
    /// Minutes after local midnight when the period starts.
    public let openMinute: Int
    /// Minutes after local midnight when it ends (exclusive); 1440 means midnight.
    public let closeMinute: Int

    public init(openMinute: Int, closeMinute: Int) throws(ForecastingError) {
        guard (0..<1440).contains(openMinute), (1...1440).contains(closeMinute), openMinute < closeMinute else {
            throw .invalidCalendar("opening period \(Self.clock(openMinute))-\(Self.clock(closeMinute)): must open before it closes, within one day")
        }
        self.openMinute = openMinute
        self.closeMinute = closeMinute
    }

    /// Parses `07:00-21:00`.
    public init(parsing text: String) throws(ForecastingError) {
        let ends = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard ends.count == 2, let open = Self.minutes(ends[0]), let close = Self.minutes(ends[1]) else {
            throw .invalidCalendar("opening hours '\(text)': expected HH:MM-HH:MM, e.g. 07:00-21:00")
        }
        try self.init(openMinute: open, closeMinute: close)
    }

    public var description: String { "\(Self.clock(openMinute))-\(Self.clock(closeMinute))" }

    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0...24).contains(hours), (0..<60).contains(minutes), hours * 60 + minutes <= 1440 else { return nil }
        return hours * 60 + minutes
    }

    static func clock(_ minute: Int) -> String {
        let hours = minute / 60
        let minutes = minute % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }
}
