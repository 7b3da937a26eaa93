/// What a command needs of the database file: only `init` (and a writing command given
/// `--create`) may make a new one; reads never write, not even a migration.
public enum CentreAccess: Sendable {
    case read
    case write
    case create
}
