import Foundation
@testable import Storage

/// Every way Headset opens its database, for repository tests that must hold on each (GRDB's
/// own tests run on a queue, a file and a pool the same way): an in-memory queue, and a WAL
/// pool on disk, which reads on other connections than the writer's.
enum StorageConfiguration: String, CaseIterable, CustomStringConvertible, Sendable {
    case inMemoryQueue = "in-memory queue"
    case onDiskPool = "on-disk WAL pool"

    var description: String { rawValue }

    /// A fresh, migrated database of this kind; the files go when `keeper` does.
    func open() throws -> OpenedDatabase {
        switch self {
        case .inMemoryQueue:
            return OpenedDatabase(database: try HeadsetDatabase.inMemory(), directory: nil)
        case .onDiskPool:
            let directory = try TemporaryDatabaseDirectory()
            let (database, _) = try HeadsetDatabase.open(at: directory.path("centre.sqlite"))
            return OpenedDatabase(database: database, directory: directory)
        }
    }
}

/// A database and, for one on disk, the directory that holds it (removed when this goes).
final class OpenedDatabase {
    let database: HeadsetDatabase
    private let directory: TemporaryDatabaseDirectory?

    init(database: HeadsetDatabase, directory: TemporaryDatabaseDirectory?) {
        self.database = database
        self.directory = directory
    }

    deinit { try? database.close() }
}
