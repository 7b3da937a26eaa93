import Foundation

/// Re-aggregates finer history (5, 15 or 30 minutes) to a coarser planning interval.
///
/// Counts are summed; AHT is the handled-weighted (else offered-weighted) mean, so a busy
/// five minutes counts for more than a quiet one. Buckets are aligned to the planning interval in
/// the centre's time zone (a 30-minute bucket starts at :00 or :30 local time), which also holds
/// for zones with a 30- or 45-minute UTC offset.
public enum IntervalAggregator {
    public static func aggregate(_ observations: [IntervalObservation], toSeconds planning: Int,
                                 timeZone: TimeZone) throws(ForecastingError) -> [IntervalObservation] {
        guard planning > 0, 86_400 % planning == 0 else {
            throw .invalidInterval(minutes: Double(planning) / 60)
        }
        var buckets: [BucketKey: Bucket] = [:]
        var order: [BucketKey] = []
        for observation in observations {
            guard observation.lengthSeconds <= planning, planning % observation.lengthSeconds == 0 else {
                throw .intervalNotDivisible(sourceMinutes: observation.lengthSeconds / 60, planningMinutes: planning / 60)
            }
            let offset = TimeInterval(timeZone.secondsFromGMT(for: observation.start))
            let local = observation.start.timeIntervalSince1970 + offset
            let bucketLocal = (local / Double(planning)).rounded(.down) * Double(planning)
            let key = BucketKey(channel: observation.channel, start: Date(timeIntervalSince1970: bucketLocal - offset))
            if buckets[key] == nil {
                buckets[key] = Bucket()
                order.append(key)
            }
            buckets[key]!.add(observation)
        }
        return order.map { key in buckets[key]!.observation(channel: key.channel, start: key.start, length: planning) }
    }

    struct BucketKey: Hashable {
        let channel: String
        let start: Date
    }

    struct Bucket {
        var offered = 0.0
        var handled: Double?
        var abandoned: Double?
        var handleSeconds = 0.0
        var handleWeight = 0.0

        mutating func add(_ observation: IntervalObservation) {
            offered += observation.offered
            if let value = observation.handled { handled = (handled ?? 0) + value }
            if let value = observation.abandoned { abandoned = (abandoned ?? 0) + value }
            if let aht = observation.averageHandleTime {
                let weight = observation.handled ?? observation.offered
                handleSeconds += aht * weight
                handleWeight += weight
            }
        }

        func observation(channel: String, start: Date, length: Int) -> IntervalObservation {
            IntervalObservation(channel: channel, start: start, lengthSeconds: length, offered: offered,
                                handled: handled, abandoned: abandoned,
                                averageHandleTime: handleWeight > 0 ? handleSeconds / handleWeight : nil)
        }
    }
}
