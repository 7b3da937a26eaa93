import GRDB

/// The database schema: every migration Headset has ever shipped, in order.
///
/// Rules: never edit a shipped migration; add a new one. Each migration sets `user_version`
/// to its number, so any SQLite tool can tell a database's schema version.
public struct Schema: Sendable {
    /// One step of the schema's history.
    public struct Migration: Sendable {
        public let identifier: String
        let migrate: @Sendable (Database) throws -> Void

        init(_ identifier: String, migrate: @escaping @Sendable (Database) throws -> Void) {
            self.identifier = identifier
            self.migrate = migrate
        }
    }

    /// `PRAGMA application_id` of Headset databases: ASCII "HDST".
    public static let applicationID: Int32 = 0x4844_5354

    public let migrations: [Migration]

    public init(migrations: [Migration]) { self.migrations = migrations }

    /// The schema this build creates and understands.
    public static let current = Schema(migrations: [
        Migration("v1-foundation", migrate: FoundationMigration.migrate),
        Migration("v2-interval-history", migrate: IntervalHistoryMigration.migrate),
        Migration("v3-organization", migrate: OrganizationMigration.migrate),
        Migration("v4-rosters", migrate: RosterMigration.migrate),
        Migration("v5-quality", migrate: QualityMigration.migrate),
        Migration("v6-coaching", migrate: CoachingMigration.migrate),
        Migration("v7-roster-activities", migrate: RosterActivityMigration.migrate),
        Migration("v8-person-leaving", migrate: PersonLeavingMigration.migrate),
        Migration("v9-channel-names", migrate: ChannelNameMigration.migrate),
        Migration("v10-logins", migrate: LoginMigration.migrate),
    ])

    /// The schema version this build creates: the number of migrations.
    public static var currentVersion: Int { current.version }

    public var version: Int { migrations.count }

    func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (index, migration) in migrations.enumerated() {
            let version = index + 1
            migrator.registerMigration(migration.identifier) { db in
                try migration.migrate(db)
                try db.execute(sql: "PRAGMA user_version = \(version)")
                try db.execute(sql: "PRAGMA application_id = \(Schema.applicationID)")
            }
        }
        return migrator
    }
}

/// Reads schema facts from an open connection.
public enum SchemaInfo {
    /// The `user_version` Headset maintains: the number of migrations applied.
    public static func version(in transaction: DatabaseTransaction) throws -> Int {
        let db = transaction.database
        return try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    }
}
