/// Why interval history cannot be stored as given. Nothing is written when one is thrown
/// (the caller's transaction rolls back).
public enum IntervalHistoryImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The channel already holds history of another interval length: the two would overlap.
    case intervalLengthMismatch(channel: String, storedSeconds: Int, importedSeconds: Int)
    /// One channel's observations have different lengths.
    case mixedIntervalLengths(channel: String, seconds: [Int])
    /// Two observations of a channel start at the same time.
    case duplicateInterval(channel: String, start: String)
    /// A count or AHT that is negative or not finite, or a length that is not positive.
    case invalidValue(channel: String, start: String, field: String, value: Double)
    /// A start outside years 0001–9999 or not on a whole second.
    case invalidStart(channel: String, seconds: Double)

    public var description: String {
        switch self {
        case let .intervalLengthMismatch(channel, stored, imported):
            return "channel '\(channel)' holds \(Self.minutes(stored)) history; this import has \(Self.minutes(imported)) "
                + "intervals, which would overlap it: import \(Self.minutes(stored)) intervals or use another channel"
        case let .mixedIntervalLengths(channel, seconds):
            return "channel '\(channel)': observations of different lengths ("
                + seconds.map(Self.minutes).joined(separator: ", ") + ") in one import"
        case let .duplicateInterval(channel, start):
            return "channel '\(channel)': two observations start at \(start)"
        case let .invalidValue(channel, start, field, value):
            return "channel '\(channel)', interval \(start): \(field) must be a finite number of 0 or more, not \(value)"
        case let .invalidStart(channel, seconds):
            return "channel '\(channel)': interval start \(seconds) s after 1970 is not a whole second in years 1–9999"
        }
    }

    private static func minutes(_ seconds: Int) -> String {
        seconds % 60 == 0 ? "\(seconds / 60)-minute" : "\(seconds)-second"
    }
}
