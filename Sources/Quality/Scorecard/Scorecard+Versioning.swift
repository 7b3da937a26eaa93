extension Scorecard {
    /// Decides whether this definition is a first version, a new version, a draft edit, a status
    /// change or a no-op, against every version stored under its key.
    ///
    /// ```swift
    /// try incoming.importDecision(storedVersions: [v1, v2])   // .newVersion(previousLatest: 2) for a v3
    /// ```
    ///
    /// Rules: a draft may be edited in place; a published or retired version is frozen, so any
    /// change to its definition needs a number above the latest stored one, and it never goes
    /// back to draft; re-importing the identical definition is a no-op; status alone may move
    /// draft → published → retired (and retired → published to reinstate).
    public func importDecision(storedVersions: [Scorecard]) throws(ScorecardVersionError) -> ScorecardImportDecision {
        for stored in storedVersions where stored.key != key {
            throw .keyMismatch(expected: key, found: stored.key)
        }
        guard let latest = storedVersions.map(\.version).max() else { return .firstVersion }
        guard let stored = storedVersions.first(where: { $0.version == version }) else {
            if version > latest { return .newVersion(previousLatest: latest) }
            throw .versionBelowLatest(key: key, version: version, latestVersion: latest)
        }
        let changes = stored.changes(to: self)
        if stored.status == .draft {
            if changes.isEmpty { return stored.status == status ? .unchanged : .statusChanged(from: stored.status, to: status) }
            return .draftEdited(changes)
        }
        guard changes.isEmpty else {
            throw .frozenVersionChanged(key: key, version: version, status: stored.status, latestVersion: latest, changes: changes)
        }
        if status == stored.status { return .unchanged }
        if status == .draft { throw .cannotReturnToDraft(key: key, version: version, status: stored.status) }
        return .statusChanged(from: stored.status, to: status)
    }

    /// True when this definition may be stored over `stored` under the same version number:
    /// a draft being edited, or the same definition with an allowed status change.
    public func canReplace(_ stored: Scorecard) -> Bool {
        guard stored.key == key, stored.version == version else { return false }
        return (try? importDecision(storedVersions: [stored])) != nil
    }

    /// The version new evaluations should use: the highest published version, if any.
    public static func current(among versions: [Scorecard]) -> Scorecard? {
        versions.filter { $0.status == .published }.max { $0.version < $1.version }
    }
}
