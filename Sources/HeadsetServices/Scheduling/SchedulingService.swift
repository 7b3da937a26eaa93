public import Scheduling
public import Storage

/// Saved rosters: storing one (the operator's work, audited) and reading them back.
public struct SchedulingService: Sendable {
    public let centre: Centre

    public init(centre: Centre) { self.centre = centre }

    /// Saves `document` in one transaction and returns its id; `beforeCommit` runs inside the
    /// transaction last (moving staged output files into place), so a failure there saves nothing.
    public func saveRoster(_ document: RosterDocument, operatorName: String, beforeCommit: () throws -> Void = {}) throws -> Int64 {
        try centre.database.write("saving the roster") { db in
            let id = try RosterRepository.save(document, actor: operatorName, in: db)
            try beforeCommit()
            return id
        }
    }

    /// Every saved roster, newest first.
    public func rosters() throws -> [RosterRepository.Summary] {
        try centre.database.read("listing rosters") { db in try RosterRepository.list(in: db) }
    }

    /// Roster `id`, or the newest when nil.
    public func roster(_ id: Int64?) throws -> (id: Int64, document: RosterDocument) {
        let path = centre.database.path ?? ":memory:"
        guard let found = try centre.database.read("reading the roster", { db in try RosterRepository.load(id: id, in: db) }) else {
            throw ServiceError.notFound(kind: "roster", key: id.map(String.init) ?? "saved in \(path)",
                                        hint: id == nil ? "make one with headset schedule roster"
                                            : "headset schedule list shows the saved ones")
        }
        return found
    }
}
