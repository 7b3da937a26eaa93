import CivilTime
import Foundation
import HeadsetServices
import Organization
import Quality
import Storage

/// What the database-backed `headset qa` commands share: opening an existing database, the
/// organisation's permissions on a date, people named by key or display name.
enum QaStore {
    static func open(_ database: DatabaseOptions) throws -> HeadsetDatabase {
        try HeadsetDatabase.openExisting(at: database.resolvedPath, access: .readWrite).0
    }

    static func organization(_ store: HeadsetDatabase) throws -> Organization {
        let organization = try store.read("reading the organisation") { db in try OrganizationRepository.load(in: db) }
        guard !organization.people.isEmpty else {
            throw CommandError("the database holds no organisation: import it with headset org import")
        }
        return organization
    }

    /// The key of the person `text` names.
    static func person(_ text: String, in organization: Organization) throws -> String {
        try PersonLookup.person(text, in: organization).key
    }

    /// The display name of `key`, or the key.
    static func name(_ key: String, in organization: Organization) -> String {
        organization.person(key)?.displayName ?? key
    }
}
