public import Foundation

/// A person's login as stored: the password's bcrypt hash, never the password.
public struct StoredLogin: Equatable, Sendable {
    public let person: String
    public let passwordHash: String
    public let disabled: Bool
    public let failedAttempts: Int
    public let lockedUntil: Date?
    public let passwordChangedAt: Date

    public init(person: String, passwordHash: String, disabled: Bool, failedAttempts: Int, lockedUntil: Date?, passwordChangedAt: Date) {
        self.person = person
        self.passwordHash = passwordHash
        self.disabled = disabled
        self.failedAttempts = failedAttempts
        self.lockedUntil = lockedUntil
        self.passwordChangedAt = passwordChangedAt
    }
}
