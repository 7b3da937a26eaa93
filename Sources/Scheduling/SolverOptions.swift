/// Limits for one solve of a ``MixedIntegerProgram``.
///
/// ```swift
/// SolverOptions(timeLimitSeconds: 10, relativeGap: 0.01)
/// ```
public struct SolverOptions: Sendable, Equatable {
    /// Wall-clock seconds CBC may spend in branch and bound; nil for no limit.
    public var timeLimitSeconds: Double?
    /// Stop when (best solution − best bound) / |best solution| is at most this fraction; nil to
    /// prove optimality.
    public var relativeGap: Double?
    /// CBC threads for branch and bound (1 keeps runs reproducible).
    public var threads: Int

    public init(timeLimitSeconds: Double? = nil, relativeGap: Double? = nil, threads: Int = 1) {
        self.timeLimitSeconds = timeLimitSeconds
        self.relativeGap = relativeGap
        self.threads = threads
    }
}
