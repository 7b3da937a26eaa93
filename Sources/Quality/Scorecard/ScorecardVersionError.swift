/// Why a scorecard definition cannot be stored under the version it claims.
public enum ScorecardVersionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stored version passed in has another key.
    case keyMismatch(expected: String, found: String)
    /// A published or retired version's definition changed without a new version number.
    case frozenVersionChanged(key: String, version: Int, status: ScorecardStatus, latestVersion: Int, changes: ScorecardChanges)
    /// A published or retired version cannot go back to draft: evaluations may use it.
    case cannotReturnToDraft(key: String, version: Int, status: ScorecardStatus)
    /// A version number below the latest stored one that is not itself stored.
    case versionBelowLatest(key: String, version: Int, latestVersion: Int)

    public var description: String {
        switch self {
        case let .keyMismatch(expected, found):
            return "scorecard key '\(found)' does not match '\(expected)'"
        case let .frozenVersionChanged(key, version, status, latest, changes):
            return "scorecard \(key) v\(version) is \(status) and cannot change; give the changed definition version \(latest + 1): "
                + changes.lines.joined(separator: "; ")
        case let .cannotReturnToDraft(key, version, status):
            return "scorecard \(key) v\(version) is \(status) and cannot go back to draft; make a new version instead"
        case let .versionBelowLatest(key, version, latest):
            return "scorecard \(key) v\(version) is older than the latest stored version v\(latest); new versions must be numbered above it"
        }
    }
}
