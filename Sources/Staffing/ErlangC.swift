import Foundation

/// Erlang C (M/M/N): callers wait as long as it takes. Valid only when agents > traffic.
public enum ErlangC {
    /// Probability that a call waits, from Erlang B: C = N·B / (N − A(1 − B)).
    public static func probabilityOfWaiting(agents: Int, traffic: Double, erlangB: Double) -> Double {
        let n = Double(agents)
        return n * erlangB / (n - traffic * (1 - erlangB))
    }

    public static func probabilityOfWaiting(agents: Int, traffic: Double) -> Double {
        probabilityOfWaiting(agents: agents, traffic: traffic, erlangB: ErlangB.blocking(servers: agents, traffic: traffic))
    }

    /// Share of calls answered within `seconds`: 1 − C·e^(−(N−A)·T/AHT).
    public static func serviceLevel(probabilityOfWaiting c: Double, agents: Int, traffic: Double,
                                    averageHandleTime: Double, withinSeconds seconds: Double) -> Double {
        1 - c * exp(-(Double(agents) - traffic) * seconds / averageHandleTime)
    }

    /// Average speed of answer over all calls: C·AHT / (N − A).
    public static func averageSpeedOfAnswer(probabilityOfWaiting c: Double, agents: Int, traffic: Double,
                                            averageHandleTime: Double) -> Double {
        c * averageHandleTime / (Double(agents) - traffic)
    }
}
