public import Foundation

/// A login as `headset user list` shows it: never the hash.
public struct LoginSummary: Encodable, Sendable, Equatable {
    public let person: String
    public let name: String
    public let disabled: Bool
    public let locked: Bool
    public let failedAttempts: Int
    public let passwordChangedAt: String
    /// Whether the person holds a title today: a leaver cannot log in.
    public let inOrganizationToday: Bool

    enum CodingKeys: String, CodingKey { case person, name, disabled, locked, failedAttempts, passwordChangedAt, inOrganizationToday }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(person, forKey: .person)
        try container.encode(name, forKey: .name)
        try container.encode(disabled, forKey: .disabled)
        try container.encode(locked, forKey: .locked)
        try container.encode(failedAttempts, forKey: .failedAttempts)
        try container.encode(passwordChangedAt, forKey: .passwordChangedAt)
        try container.encode(inOrganizationToday, forKey: .inOrganizationToday)
    }
}
