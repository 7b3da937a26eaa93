import GRDB
public import Quality

extension QualityRepository {
    /// Stores `scorecard` by the versioning rules and returns what that meant.
    ///
    /// ```swift
    /// try QualityRepository.importScorecard(v2, actor: "ruta", in: db)   // .newVersion(previousLatest: 1)
    /// try QualityRepository.importScorecard(v2, actor: "ruta", in: db)   // .unchanged: nothing written
    /// ```
    ///
    /// A first or new version is inserted beside the others (evaluations keep theirs); a draft
    /// is overwritten in place; a status change (publish, retire, reinstate) updates the status
    /// only; an identical definition writes nothing and records nothing. Each write records one
    /// audit entry (`create` or `update`; the key is `key@version`).
    ///
    /// - Throws: ``QualityStoreError/invalidScorecard(key:version:problems:)`` when the card does
    ///   not validate; ``QualityStoreError/scorecardVersion(_:)`` when the rules refuse it (a
    ///   changed published version, with its changes listed). Nothing is written either way.
    @discardableResult
    public static func importScorecard(_ scorecard: Scorecard, actor: String, in transaction: DatabaseTransaction) throws -> ScorecardImportDecision {
        let db = transaction.database
        let problems = scorecard.validate()
        guard problems.isEmpty else {
            throw QualityStoreError.invalidScorecard(key: scorecard.key, version: scorecard.version, problems: problems)
        }
        let stored = try ScorecardRows.fetch(where: "key = ?", arguments: [scorecard.key], in: db)
        let decision: ScorecardImportDecision
        do {
            decision = try scorecard.importDecision(storedVersions: stored.map(\.scorecard))
        } catch {
            throw QualityStoreError.scorecardVersion(error)
        }
        let definition = try ScorecardDefinitionJSON.text(scorecard)
        let after = QualityAuditState.scorecard(scorecard, definitionJSON: definition)
        let auditKey = "\(scorecard.key)@\(scorecard.version)"
        let same = stored.first { $0.scorecard.version == scorecard.version }
        let before = try same.map { QualityAuditState.scorecard($0.scorecard, definitionJSON: try ScorecardDefinitionJSON.text($0.scorecard)) }
        switch decision {
        case .unchanged:
            return decision
        case .firstVersion, .newVersion:
            try ScorecardRows.insert(scorecard, definitionJSON: definition, in: db)
            try QualityAuditState.record(actor, entity: scorecardEntity, key: auditKey, action: .create, before: nil, after: after, in: db)
        case .draftEdited(let changes):
            // The domain decides a draft edit or a status change only for a stored version.
            guard let same else { return decision }
            try ScorecardRows.replaceDraft(scorecard, definitionJSON: definition, rowID: same.rowID, in: db)
            let described = QualityAuditState.scorecard(scorecard, definitionJSON: definition, changes: changes)
            try QualityAuditState.record(actor, entity: scorecardEntity, key: auditKey, action: .update, before: before,
                                         after: described, in: db)
        case .statusChanged(_, let status):
            guard let same else { return decision }
            try ScorecardRows.setStatus(status, rowID: same.rowID, in: db)
            try QualityAuditState.record(actor, entity: scorecardEntity, key: auditKey, action: .update, before: before, after: after,
                                         in: db)
        }
        return decision
    }

    /// Every stored version of every scorecard, by key and version.
    public static func scorecards(in transaction: DatabaseTransaction) throws -> [Scorecard] {
        let db = transaction.database
        return try ScorecardRows.fetch(in: db).map(\.scorecard)
    }

    /// Every stored version of `key`, oldest first.
    public static func scorecardVersions(key: String, in transaction: DatabaseTransaction) throws -> [Scorecard] {
        let db = transaction.database
        return try ScorecardRows.fetch(where: "key = ?", arguments: [key], in: db).map(\.scorecard)
    }

    /// Version `version` of `key`; with no version, the latest published one (what new
    /// evaluations use). Nil when there is none.
    public static func scorecard(key: String, version: Int? = nil, in transaction: DatabaseTransaction) throws -> Scorecard? {
        let db = transaction.database
        if let version { return try ScorecardRows.find(key: key, version: version, in: db)?.scorecard }
        return try ScorecardRows.fetch(where: "key = ? AND status = 'published'", arguments: [key], in: db).last?.scorecard
    }
}
