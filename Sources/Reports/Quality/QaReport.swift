import Foundation
import Quality

/// What the QA workbook shows: the evaluations, the criteria to lay out (by stable id, in
/// order), and how small a sample earns a warning.
public struct QaReport: Sendable {
    public struct CriterionColumn: Sendable, Hashable {
        public let id: String
        public let label: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    public var evaluations: [QaEvaluationRow]
    public var criteria: [CriterionColumn]
    /// Below this many evaluations an agent's mean is flagged (and has no interval at 1).
    public var minimumSample: Int
    public var notes: [String]

    public init(evaluations: [QaEvaluationRow], criteria: [CriterionColumn], minimumSample: Int = 5, notes: [String] = []) {
        self.evaluations = evaluations
        self.criteria = criteria
        self.minimumSample = minimumSample
        self.notes = notes
    }

    /// Agents by name in collation order (Ž after Z), then key.
    var agents: [(key: String, name: String, team: String)] {
        var seen: [String: (String, String)] = [:]
        for row in evaluations where seen[row.agent] == nil { seen[row.agent] = (row.agentName, row.team) }
        let collation = Locale(identifier: "en")
        return seen.map { (key: $0.key, name: $0.value.0, team: $0.value.1) }.sorted {
            $0.name == $1.name ? $0.key < $1.key : OrgHierarchyLayout.ascending($0.name, $1.name, locale: collation)
        }
    }

    var months: [String] { Set(evaluations.map(\.month)).sorted() }
}
