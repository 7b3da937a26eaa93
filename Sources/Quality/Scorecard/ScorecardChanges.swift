/// What differs between two versions of a scorecard, matched by stable ids.
///
/// Built by ``Scorecard/changes(to:)``. The status, key and version number are not compared:
/// they say where a definition stands, not what it is.
///
/// ```text
/// ~ title
/// + criterion offer-survey (section closing)
/// ~ criterion verify-identity: weight, critical
/// - criterion upsell
/// ```
public struct ScorecardChanges: Hashable, Sendable, CustomStringConvertible {
    /// One section or criterion present in both versions whose definition differs.
    public struct Change: Hashable, Sendable {
        public var id: String
        /// The fields that differ, in declaration order (`label`, `guidance`, `kind`,
        /// `pointLabels`, `weight`, `naAllowed`, `critical`, `bonusPoints`, `section` for
        /// criteria; `title`, `weight`, `position` for sections).
        public var fields: [String]

        /// True when a field that changes scores differs (not only wording or order).
        public var affectsScoring: Bool { fields.contains { !ScorecardChanges.wordingFields.contains($0) } }
    }

    /// Card fields that differ: `title`, `description`, `channels`, `passMark`.
    public var cardFields: [String] = []
    public var sectionsAdded: [String] = []
    public var sectionsRemoved: [String] = []
    public var sectionsChanged: [Change] = []
    public var criteriaAdded: [String] = []
    public var criteriaRemoved: [String] = []
    public var criteriaChanged: [Change] = []

    /// Fields whose change leaves every score of the same answers unchanged.
    static let wordingFields: Set<String> = ["title", "description", "label", "guidance", "pointLabels", "position"]

    public var isEmpty: Bool {
        cardFields.isEmpty && sectionsAdded.isEmpty && sectionsRemoved.isEmpty && sectionsChanged.isEmpty
            && criteriaAdded.isEmpty && criteriaRemoved.isEmpty && criteriaChanged.isEmpty
    }

    /// True when the same answers could score differently under the newer version (or no
    /// longer fit it): criteria added or removed, or a scoring field changed.
    public var affectsScoring: Bool {
        cardFields.contains("passMark") || !sectionsAdded.isEmpty || !sectionsRemoved.isEmpty
            || !criteriaAdded.isEmpty || !criteriaRemoved.isEmpty
            || sectionsChanged.contains(where: \.affectsScoring) || criteriaChanged.contains(where: \.affectsScoring)
    }

    /// One line per change, card first, then sections, then criteria.
    public var lines: [String] {
        cardFields.map { "~ \($0)" }
            + sectionsAdded.map { "+ section \($0)" }
            + sectionsChanged.map { "~ section \($0.id): " + $0.fields.joined(separator: ", ") }
            + sectionsRemoved.map { "- section \($0)" }
            + criteriaAdded.map { "+ criterion \($0)" }
            + criteriaChanged.map { "~ criterion \($0.id): " + $0.fields.joined(separator: ", ") }
            + criteriaRemoved.map { "- criterion \($0)" }
    }

    public var description: String { isEmpty ? "no changes" : lines.joined(separator: "\n") }
}

extension Scorecard {
    /// What changes from this version to `newer`, criteria and sections matched by id, so a
    /// reworded criterion is "changed" (and its trend continues) while a new id is "added".
    public func changes(to newer: Scorecard) -> ScorecardChanges {
        var changes = ScorecardChanges()
        if title != newer.title { changes.cardFields.append("title") }
        if description != newer.description { changes.cardFields.append("description") }
        if channels != newer.channels { changes.cardFields.append("channels") }
        if passMark != newer.passMark { changes.cardFields.append("passMark") }

        let oldSections = Dictionary(sections.enumerated().map { ($1.id, ($0, $1)) }, uniquingKeysWith: { first, _ in first })
        let newSectionIDs = Set(newer.sections.map(\.id))
        for (position, section) in newer.sections.enumerated() {
            guard let (oldPosition, old) = oldSections[section.id] else {
                changes.sectionsAdded.append(section.id)
                continue
            }
            var fields: [String] = []
            if old.title != section.title { fields.append("title") }
            if old.weight != section.weight { fields.append("weight") }
            if oldPosition != position { fields.append("position") }
            if !fields.isEmpty { changes.sectionsChanged.append(.init(id: section.id, fields: fields)) }
        }
        changes.sectionsRemoved = sections.map(\.id).filter { !newSectionIDs.contains($0) }

        let oldCriteria = Dictionary(criteria.map { ($0.criterion.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newCriterionIDs = Set(newer.criteria.map(\.criterion.id))
        for (section, criterion) in newer.criteria {
            guard let old = oldCriteria[criterion.id] else {
                changes.criteriaAdded.append(criterion.id)
                continue
            }
            let fields = Self.differences(old.criterion, criterion)
                + (old.section.id != section.id ? ["section"] : [])
            if !fields.isEmpty { changes.criteriaChanged.append(.init(id: criterion.id, fields: fields)) }
        }
        changes.criteriaRemoved = criteria.map(\.criterion.id).filter { !newCriterionIDs.contains($0) }
        return changes
    }

    /// Fields of a criterion that differ; a kind whose points are the same but whose labels
    /// differ is `pointLabels` (wording), not `kind` (scoring).
    private static func differences(_ old: Criterion, _ new: Criterion) -> [String] {
        var fields: [String] = []
        if old.label != new.label { fields.append("label") }
        if old.guidance != new.guidance { fields.append("guidance") }
        if old.kind != new.kind {
            fields.append(scoringShape(old.kind) == scoringShape(new.kind) ? "pointLabels" : "kind")
        }
        if old.weight != new.weight { fields.append("weight") }
        if old.naAllowed != new.naAllowed { fields.append("naAllowed") }
        if old.critical != new.critical { fields.append("critical") }
        if old.bonusPoints != new.bonusPoints { fields.append("bonusPoints") }
        return fields
    }

    /// The kind with its labels blanked: what scoring depends on.
    private static func scoringShape(_ kind: CriterionKind) -> CriterionKind {
        switch kind {
        case .yesNo:
            return .yesNo
        case .scale(let points):
            return .scale(points.map { ScalePoint(value: $0.value, label: "") })
        case .multipleChoice(let choices):
            return .multipleChoice(choices.map { Choice(id: $0.id, label: "", points: $0.points, failsCritical: $0.failsCritical) })
        }
    }
}
