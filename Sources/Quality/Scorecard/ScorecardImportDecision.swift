/// What storing a scorecard definition means, given the versions already stored under its key.
///
/// Returned by ``Scorecard/importDecision(storedVersions:)``; refusals are
/// ``ScorecardVersionError``s.
public enum ScorecardImportDecision: Hashable, Sendable, CustomStringConvertible {
    /// No version is stored under the key yet.
    case firstVersion
    /// A higher version number than any stored: stored beside them; evaluations of older
    /// versions keep theirs.
    case newVersion(previousLatest: Int)
    /// The same version with the same definition and status: nothing to store.
    case unchanged
    /// The stored version is a draft: overwritten in place (its status may change too).
    case draftEdited(ScorecardChanges)
    /// The same definition with another status: publishing, retiring or reinstating.
    case statusChanged(from: ScorecardStatus, to: ScorecardStatus)

    /// True when something must be written.
    public var needsStoring: Bool { self != .unchanged }

    public var description: String {
        switch self {
        case .firstVersion: return "first version"
        case .newVersion(let previous): return "new version (latest stored was v\(previous))"
        case .unchanged: return "unchanged"
        case .draftEdited(let changes): return "draft edited in place (\(changes.lines.count) change\(changes.lines.count == 1 ? "" : "s"))"
        case let .statusChanged(from, to): return "status \(from) → \(to)"
        }
    }
}
