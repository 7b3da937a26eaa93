/// One record of an interval history file, kept compact: 64 bytes and no strings of its own, so
/// memory grows with the rows kept, not with the text they were read from.
///
/// The channel is an index into the reader's channel names; the timestamp as written lives in an
/// ``IntervalHistoryTextStore`` and is looked up only for a message. Optional counts are NaN when
/// absent (a number read from a file is always finite).
struct IntervalHistoryRow {
    /// The 1-based line of the record.
    let line: Int
    /// Before placement on the time line: the local clock reading (seconds since 1970 of the local
    /// date and time as if it were UTC), or a reference to a slashed date not yet resolved (see
    /// ``isSlashed``). After placement: seconds since 1970 (UTC).
    var instant: Int
    /// Where the timestamp as written is in the text store.
    let text: Int
    let offered: Double
    private let handledOrNaN: Double
    private let abandonedOrNaN: Double
    private let averageHandleTimeOrNaN: Double
    /// The channel's index among the reader's channel names.
    var channel: Int32
    /// The zone designator: ``noZone``, ``utc`` or an offset in seconds.
    let zone: Int32

    static let noZone = Int32.min
    static let utc = Int32.min + 1
    /// Slashed dates are stored as `slashedBase + index` in ``instant``, far below any clock reading.
    private static let slashedBase = Int.min / 2

    init(line: Int, instant: Int, text: Int, offered: Double, handled: Double?, abandoned: Double?,
         averageHandleTime: Double?, channel: Int32, zone: Int32) {
        self.line = line
        self.instant = instant
        self.text = text
        self.offered = offered
        handledOrNaN = handled ?? .nan
        abandonedOrNaN = abandoned ?? .nan
        averageHandleTimeOrNaN = averageHandleTime ?? .nan
        self.channel = channel
        self.zone = zone
    }

    var handled: Double? { handledOrNaN.isNaN ? nil : handledOrNaN }
    var abandoned: Double? { abandonedOrNaN.isNaN ? nil : abandonedOrNaN }
    var averageHandleTime: Double? { averageHandleTimeOrNaN.isNaN ? nil : averageHandleTimeOrNaN }

    /// The value of ``instant`` for the slashed date at `index` in the reader's list of them.
    static func slashedReference(_ index: Int) -> Int { slashedBase + index }

    /// Whether ``instant`` still refers to a slashed date (only before the date order is decided).
    var isSlashed: Bool { instant < Self.slashedBase / 2 }

    /// The index of the slashed date ``instant`` refers to.
    var slashedIndex: Int { instant - Self.slashedBase }

    /// A slashed date (`a/b/yyyy`) and its time of day, until the file's date order is known.
    struct SlashedDate {
        let first: UInt8
        let second: UInt8
        let year: UInt16
        let secondsOfDay: Int32
    }
}
