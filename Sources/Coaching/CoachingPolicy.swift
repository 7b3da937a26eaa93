/// The centre's coaching rules: how long an agent has to acknowledge a session, and the window
/// of evaluations counted before and after a session to measure its effect.
public struct CoachingPolicy: Hashable, Sendable {
    /// Days after the session by which the agent must acknowledge it.
    public var acknowledgementDays: Int
    /// Days before the session whose evaluations count as "before", and after it as "after".
    public var effectWindowDays: Int
    /// Below this many scored answers on either side an effect is flagged as a small sample.
    public var minimumSample: Int

    public init(acknowledgementDays: Int = 5, effectWindowDays: Int = 60, minimumSample: Int = 5) {
        self.acknowledgementDays = acknowledgementDays
        self.effectWindowDays = effectWindowDays
        self.minimumSample = minimumSample
    }

    public static let standard = CoachingPolicy()
}
