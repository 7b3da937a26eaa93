public import CivilTime
public import Foundation
public import Organization
public import Storage

/// One contact centre as the use cases see it: its database, its time zone and today there,
/// its organisation, and the clock.
///
/// ```swift
/// let centre = try Centre.open(path: "centre.sqlite", access: .read)
/// let people = try centre.organization()
/// print(centre.today)          // in the centre's zone (setting centre.time_zone)
/// ```
///
/// The time zone has one rule everywhere: the `centre.time_zone` setting, which `headset init`
/// writes. A database made before that setting existed falls back to the machine's zone and
/// says so in ``timeZoneIsSet``.
public final class Centre: Sendable {
    public let database: HeadsetDatabase
    public let timeZone: TimeZone
    /// Whether the time zone came from the setting (false: the machine's zone stood in).
    public let timeZoneIsSet: Bool
    public let clock: CentreClock
    /// What opening found (created, migrated from which version, backup path).
    public let opening: MigrationOutcome

    public init(database: HeadsetDatabase, opening: MigrationOutcome, clock: CentreClock = .system) throws {
        self.database = database
        self.opening = opening
        self.clock = clock
        let setting = try database.read("reading the centre's time zone") { db in
            try SettingsRepository.value(SettingsRepository.Key.timeZone, in: db)
        }
        if let setting {
            guard let zone = TimeZone(identifier: setting) else {
                throw ServiceError.invalid("setting \(SettingsRepository.Key.timeZone)",
                                           "is not a time zone; set an IANA name such as Europe/Vilnius", value: setting)
            }
            timeZone = zone
            timeZoneIsSet = true
        } else {
            timeZone = .current
            timeZoneIsSet = false
        }
    }

    /// Opens the centre at `path` for `access` (see ``CentreAccess``).
    public static func open(path: String, access: CentreAccess, clock: CentreClock = .system) throws -> Centre {
        let (database, outcome): (HeadsetDatabase, MigrationOutcome)
        switch access {
        case .create: (database, outcome) = try HeadsetDatabase.open(at: path)
        case .write: (database, outcome) = try HeadsetDatabase.openExisting(at: path, access: .readWrite)
        case .read: (database, outcome) = try HeadsetDatabase.openExisting(at: path, access: .readOnly)
        }
        do {
            return try Centre(database: database, opening: outcome, clock: clock)
        } catch {
            try? database.close()
            throw error
        }
    }

    /// A fresh in-memory centre in `timeZone`, for tests and dry runs.
    public static func inMemory(timeZone: String = "Europe/Vilnius", clock: CentreClock = .system) throws -> Centre {
        let database = try HeadsetDatabase.inMemory()
        try database.write { db in
            try SettingsRepository.set(SettingsRepository.Key.timeZone, to: timeZone, actor: "headset", in: db)
        }
        return try Centre(database: database,
                          opening: MigrationOutcome(created: true, previousVersion: 0, currentVersion: Schema.currentVersion,
                                                    backupPath: nil),
                          clock: clock)
    }

    /// Now, on the centre's clock.
    public var now: Date { clock.now() }

    /// Today in the centre's time zone.
    public var today: LocalDate { LocalDate(clock.now(), in: timeZone) }

    /// The organisation as stored; an empty one is ``ServiceError/notFound(kind:key:hint:)``.
    public func organization() throws -> Organization {
        let organization = try database.read("reading the organisation") { db in try OrganizationRepository.load(in: db) }
        guard !organization.people.isEmpty else {
            throw ServiceError.notFound(kind: "organisation", key: database.path ?? ":memory:",
                                        hint: "import it with headset org import")
        }
        return organization
    }

    /// Checkpoints and closes the database.
    public func close() throws { try database.close() }
}
