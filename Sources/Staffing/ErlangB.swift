/// Erlang B: the probability that a call finds all `servers` busy in a loss system offered
/// `traffic` Erlangs (M/M/N/N).
///
/// Computed by the recursion B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)): every term lies in
/// [0, 1], so there are no factorials and no overflow at any scale.
public enum ErlangB {
    public static func blocking(servers: Int, traffic: Double) -> Double {
        var blocking = 1.0
        if servers <= 0 { return blocking }
        for n in 1...servers {
            blocking = traffic * blocking / (Double(n) + traffic * blocking)
        }
        return blocking
    }

    /// B(0), B(1), …, B(servers), for searches that look at many server counts.
    public static func table(upTo servers: Int, traffic: Double) -> [Double] {
        var values = [Double](repeating: 1, count: max(servers, 0) + 1)
        var blocking = 1.0
        if servers > 0 {
            for n in 1...servers {
                blocking = traffic * blocking / (Double(n) + traffic * blocking)
                values[n] = blocking
            }
        }
        return values
    }
}
