/// How logins are guarded: bcrypt's cost, password lengths, and the lock after failed attempts.
public struct LoginPolicy: Sendable, Equatable {
    /// bcrypt's work factor (2^cost rounds): 12 takes a quarter of a second, so guessing is slow.
    public var bcryptCost: UInt8 = 12
    public var shortestPassword = 12
    /// bcrypt reads at most 72 bytes: a longer password would be cut without a word.
    public var longestPasswordBytes = 72
    public var attemptsBeforeLock = 5
    public var lockSeconds: Double = 15 * 60

    public init() {}

    public static let standard = LoginPolicy()
}
