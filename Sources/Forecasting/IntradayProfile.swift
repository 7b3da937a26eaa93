/// The share of a day's volume falling in each interval: the mean of the days' own shares, so
/// every day counts equally whatever its volume.
struct IntradayProfile {
    private(set) var shares: [Int: Double] = [:]

    init(days: some Collection<DayHistory.Day>) {
        let usable = days.filter { $0.total > 0 }
        guard !usable.isEmpty else { return }
        for day in usable {
            for (minute, value) in day.volumes {
                shares[minute, default: 0] += value / day.total / Double(usable.count)
            }
        }
    }

    init(shares: [Int: Double]) { self.shares = shares }

    func share(at minute: Int) -> Double { shares[minute] ?? 0 }

    /// `weight` of `self` blended with `1 − weight` of `other`.
    func blended(with other: IntradayProfile, weight: Double) -> IntradayProfile {
        var result: [Int: Double] = [:]
        for minute in Set(shares.keys).union(other.shares.keys) {
            result[minute] = weight * share(at: minute) + (1 - weight) * other.share(at: minute)
        }
        return IntradayProfile(shares: result)
    }
}
