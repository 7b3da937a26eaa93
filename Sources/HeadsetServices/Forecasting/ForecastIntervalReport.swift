public import Forecasting
public import Foundation

/// One row of `headset forecast` output: JSON object, CSV line (`--out`) and table row.
public struct ForecastIntervalReport: Encodable {
    /// ISO 8601 local time with offset (see ``ForecastTime``).
    public let intervalStart: String
    public let calls: Double
    /// Seconds; nil when the history has no handle times for this interval's weekday.
    public let aht: Double?

    public init(_ point: ForecastPoint, in zone: TimeZone) {
        intervalStart = ForecastTime.text(point.start, in: zone)
        calls = point.calls
        aht = point.averageHandleTime
    }

    public enum CodingKeys: String, CodingKey { case intervalStart, calls, aht }

    /// Written out so a missing AHT is `null`, not a missing key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(intervalStart, forKey: .intervalStart)
        try container.encode(calls, forKey: .calls)
        try container.encode(aht, forKey: .aht)
    }

    public static func csvHeader(withHandleTime: Bool) -> [String] {
        ["interval_start", "calls"] + (withHandleTime ? ["aht"] : [])
    }

    public func csvFields(withHandleTime: Bool) -> [String] {
        [intervalStart, NumberText.plain(calls)] + (withHandleTime ? [aht.map(NumberText.plain) ?? ""] : [])
    }

    public static func tableHeader(withHandleTime: Bool) -> [String] {
        ["interval start", "calls"] + (withHandleTime ? ["AHT s"] : [])
    }

    public func tableFields(withHandleTime: Bool) -> [String] {
        [intervalStart, NumberText.oneDecimal(calls)] + (withHandleTime ? [aht.map(NumberText.oneDecimal) ?? ""] : [])
    }
}
