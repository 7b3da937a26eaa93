/// What an evaluation import did, by count.
public struct EvaluationImportSummary: Hashable, Sendable, CustomStringConvertible {
    public var created = 0
    public var updated = 0
    public var unchanged = 0

    public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.created = created
        self.updated = updated
        self.unchanged = unchanged
    }

    mutating func count(_ outcome: EvaluationSaveOutcome) {
        switch outcome {
        case .created: created += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        }
    }

    /// `1000 created, 2 updated, 5 unchanged`.
    public var description: String { "\(created) created, \(updated) updated, \(unchanged) unchanged" }
}
