/// How a command opens an existing database: reads never write (not even a migration).
public enum DatabaseAccess: Sendable {
    case readOnly
    case readWrite
}
