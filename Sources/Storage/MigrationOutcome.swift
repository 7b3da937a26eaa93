/// What opening a database did to it.
public struct MigrationOutcome: Equatable, Sendable {
    /// The database file did not exist (or was empty) and was created.
    public let created: Bool
    /// Schema version before opening (0 for a new database).
    public let previousVersion: Int
    /// Schema version now.
    public let currentVersion: Int
    /// Where the pre-migration copy was written, when an older database was migrated.
    public let backupPath: String?

    public var migrated: Bool { previousVersion != currentVersion }

    public init(created: Bool, previousVersion: Int, currentVersion: Int, backupPath: String?) {
        self.created = created
        self.previousVersion = previousVersion
        self.currentVersion = currentVersion
        self.backupPath = backupPath
    }
}
