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
/// The time zone has one rule everywhere (``timeZone(setting:)``): the `centre.time_zone`
/// setting, which `headset init --time-zone` writes, else UTC; ``timeZoneIsSet`` says which.
public final class Centre: Sendable {
    public let database: HeadsetDatabase
    public let timeZone: TimeZone
    /// The `centre.time_zone` setting as written, or nil when it is not set (UTC stands in).
    public let timeZoneSetting: String?
    /// Whether the time zone came from the setting (false: UTC stood in).
    public var timeZoneIsSet: Bool { timeZoneSetting != nil }
    public let clock: CentreClock
    /// What opening found (created, migrated from which version, backup path).
    public let opening: MigrationOutcome

    /// `strictTimeZone: false` lets a centre whose zone setting is broken open in UTC (only to
    /// repair it, as `headset init --time-zone` does).
    public init(database: HeadsetDatabase, opening: MigrationOutcome, clock: CentreClock = .system,
                strictTimeZone: Bool = true) throws {
        self.database = database
        self.opening = opening
        self.clock = clock
        let setting = try database.read("reading the centre's time zone") { db in
            try SettingsRepository.value(SettingsRepository.Key.timeZone, in: db)
        }
        if !strictTimeZone, let setting, TimeZone(identifier: setting) == nil {
            timeZone = try Self.timeZone(setting: nil).zone
            timeZoneSetting = nil
        } else {
            timeZone = try Self.timeZone(setting: setting).zone
            timeZoneSetting = setting
        }
    }

    /// The one rule for the centre's time zone: the `centre.time_zone` setting, else UTC (never
    /// the machine's zone, which would change the figures from one machine to the next); with
    /// its name as written (Foundation calls UTC "GMT").
    public static func timeZone(setting: String?) throws(ServiceError) -> (zone: TimeZone, name: String) {
        guard let setting else { return (TimeZone(secondsFromGMT: 0)!, "UTC") }
        guard let zone = TimeZone(identifier: setting) else {
            throw .invalid("setting \(SettingsRepository.Key.timeZone)",
                           "is not a time zone; give --time-zone or set an IANA name such as Europe/Vilnius", value: setting)
        }
        return (zone, setting)
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
            return try Centre(database: database, opening: outcome, clock: clock, strictTimeZone: access != .create)
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
