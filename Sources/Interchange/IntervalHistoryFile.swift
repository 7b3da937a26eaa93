import Forecasting
import Foundation

/// What an interval history file holds: its observations, their interval length, and the rows
/// lenient reading left out.
///
/// ```swift
/// let history = try IntervalHistoryReader.read(contentsOf: url, options: options)
/// let planning = try history.aggregated(toSeconds: 1_800, timeZone: options.timeZone)
/// ```
public struct IntervalHistoryFile: Equatable, Sendable {
    /// The file name used in messages.
    public var source: String
    /// Sorted by channel, then start; every observation is ``intervalSeconds`` long.
    public var observations: [IntervalObservation]
    /// The length of ``observations``: the file's own length, or the planning interval after
    /// ``aggregated(toSeconds:timeZone:)``.
    public var intervalSeconds: Int
    /// The interval length of the file as read (given or detected).
    public var sourceIntervalSeconds: Int
    /// Records after the header, good and bad.
    public var rowCount: Int
    /// Rows left out by lenient reading, in line order (always empty otherwise).
    public var skippedRows: [IntervalHistorySkippedRow]

    public init(source: String, observations: [IntervalObservation], intervalSeconds: Int,
                sourceIntervalSeconds: Int, rowCount: Int, skippedRows: [IntervalHistorySkippedRow]) {
        self.source = source
        self.observations = observations
        self.intervalSeconds = intervalSeconds
        self.sourceIntervalSeconds = sourceIntervalSeconds
        self.rowCount = rowCount
        self.skippedRows = skippedRows
    }

    /// The channels present, sorted, including channels whose every row was skipped.
    public var channels: [String] {
        Set(observations.map(\.channel)).union(skippedRows.map(\.channel)).sorted()
    }

    /// The same history re-aggregated to a planning interval aligned in `timeZone`'s local clock:
    /// counts summed, AHT weighted by handled (else offered) contacts. See ``IntervalAggregator``.
    public func aggregated(toSeconds planning: Int, timeZone: TimeZone) throws(ForecastingError) -> IntervalHistoryFile {
        var copy = self
        copy.observations = try IntervalAggregator.aggregate(observations, toSeconds: planning, timeZone: timeZone)
            .sorted { ($0.channel, $0.start) < ($1.channel, $1.start) }
        copy.intervalSeconds = planning
        return copy
    }
}
