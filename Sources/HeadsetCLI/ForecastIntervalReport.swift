import Forecasting
import Foundation

/// One row of `headset forecast` output: JSON object, CSV line (`--out`) and table row.
struct ForecastIntervalReport: Encodable {
    /// ISO 8601 local time with offset (see ``ForecastTime``).
    let intervalStart: String
    let calls: Double
    /// Seconds; nil when the history has no handle times for this interval's weekday.
    let aht: Double?

    init(_ point: ForecastPoint, in zone: TimeZone) {
        intervalStart = ForecastTime.text(point.start, in: zone)
        calls = point.calls
        aht = point.averageHandleTime
    }

    enum CodingKeys: String, CodingKey { case intervalStart, calls, aht }

    /// Written out so a missing AHT is `null`, not a missing key.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(intervalStart, forKey: .intervalStart)
        try container.encode(calls, forKey: .calls)
        try container.encode(aht, forKey: .aht)
    }

    static func csvHeader(withHandleTime: Bool) -> [String] {
        ["interval_start", "calls"] + (withHandleTime ? ["aht"] : [])
    }

    func csvFields(withHandleTime: Bool) -> [String] {
        [intervalStart, NumberText.plain(calls)] + (withHandleTime ? [aht.map(NumberText.plain) ?? ""] : [])
    }

    static func tableHeader(withHandleTime: Bool) -> [String] {
        ["interval start", "calls"] + (withHandleTime ? ["AHT s"] : [])
    }

    func tableFields(withHandleTime: Bool) -> [String] {
        [intervalStart, NumberText.oneDecimal(calls)] + (withHandleTime ? [aht.map(NumberText.oneDecimal) ?? ""] : [])
    }
}
