public import Forecasting
public import Interchange
public import Storage

/// Interval history use cases: importing a file's intervals (or rehearsing the import) and
/// listing what is stored. An operator's work: imports are audited under the operator's name.
public struct HistoryService: Sendable {
    public let centre: Centre

    public init(centre: Centre) { self.centre = centre }

    /// Stores `history` in one transaction (a re-import of the same rows writes nothing); with
    /// `dryRun` does the same work and checks and stores nothing.
    public func importHistory(_ history: IntervalHistoryFile, dryRun: Bool, operatorName: String) throws -> IntervalHistoryImportSummary {
        let work = { (db: DatabaseTransaction) throws -> IntervalHistoryImportSummary in
            try IntervalHistoryRepository.importObservations(history.observations, source: history.source, actor: operatorName, in: db)
        }
        do {
            return dryRun ? try centre.database.rehearse("checking the import", work)
                : try centre.database.write("importing interval history", work)
        } catch let error as IntervalHistoryImportError {
            throw ServiceError.invalidInput(InputProblem(file: history.source, field: "interval_seconds", sentence: error.description))
        }
    }

    /// What importing `history` into a centre that does not exist yet would do: every interval
    /// inserted (nothing is stored to compare with, and the file's own checks have passed), so a
    /// dry run against a new path needs no database at all.
    public static func rehearseIntoNewCentre(_ history: IntervalHistoryFile) -> IntervalHistoryImportSummary {
        var counts: [String: Int] = [:]
        for observation in history.observations { counts[observation.channel, default: 0] += 1 }
        return IntervalHistoryImportSummary(channels: counts.keys.sorted().map {
            IntervalHistoryImportSummary.ChannelCounts(channel: $0, inserted: counts[$0] ?? 0, updated: 0, unchanged: 0)
        })
    }

    /// Every stored channel's summary.
    public func summaries() throws -> [IntervalHistoryChannelSummary] {
        try centre.database.read("reading interval history") { db in try IntervalHistoryRepository.summary(in: db) }
    }

    /// The names of the stored channels.
    public func channels() throws -> [String] {
        try centre.database.read("reading interval history") { db in try IntervalHistoryRepository.channels(in: db) }
    }

    /// One channel's observations, by start.
    public func observations(channel: String) throws -> [IntervalObservation] {
        try centre.database.read("reading interval history") { db in
            try IntervalHistoryRepository.observations(channel: channel, in: db)
        }
    }
}
