import Foundation
public import Interchange
public import Organization
public import Scheduling
import Storage

/// Builds the demo database beside its destination and swaps it in only when complete, so an
/// interrupted demo never leaves a half-seeded database behind.
public enum DemoDatabase {
    /// Seeds the centre and stores `history` and `organization` (as `headset history import` and
    /// `headset org import` would, audited).
    public static func build(at path: String, actor: String, history: IntervalHistoryFile, historySource: String,
                      organization: Organization, roster: RosterDocument, quality: DemoQuality.Sample,
                      coaching: DemoCoaching.Sample) throws {
        let destination = URL(fileURLWithPath: path)
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString.prefix(8)).building").path
        defer { removeDatabaseFiles(temporary) }
        do {
            let (store, _) = try HeadsetDatabase.open(at: temporary)
            try store.write("seeding the demo centre") { db in
                try DemoCentre.seed(actor: actor, in: db)
                _ = try IntervalHistoryRepository.importObservations(history.observations, source: historySource,
                                                                     actor: actor, in: db)
                let stored = try OrganizationRepository.load(in: db)
                _ = try OrganizationRepository.apply(organization, over: stored, actor: actor, in: db)
                try RosterRepository.save(roster, actor: actor, in: db)
                try DemoQuality.store(quality, actor: actor, in: db)
                try DemoCoaching.store(coaching, actor: actor, in: db)
                try DemoLogins.store(actor: actor, at: Date(), in: db)
            }
            try store.close()
        }
        // The old demo's WAL files belong to the old file: remove them before the swap.
        removeSidecars(of: path)
        guard rename(temporary, path) == 0 else {
            throw DemoError.cannotReplace(path: path, reason: String(cString: strerror(errno)))
        }
    }

    private static func removeDatabaseFiles(_ path: String) {
        unlink(path)
        removeSidecars(of: path)
    }

    private static func removeSidecars(of path: String) {
        unlink(path + "-wal")
        unlink(path + "-shm")
    }
}
