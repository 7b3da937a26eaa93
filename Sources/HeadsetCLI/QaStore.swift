import HeadsetServices
import Organization

/// People as the `headset qa` and `coach` commands print and read them.
enum QaStore {
    /// The key of the person `text` names.
    static func person(_ text: String, in organization: Organization) throws -> String {
        try PersonLookup.person(text, in: organization).key
    }

    /// The display name of `key`, or the key.
    static func name(_ key: String, in organization: Organization) -> String {
        organization.person(key)?.displayName ?? key
    }
}
