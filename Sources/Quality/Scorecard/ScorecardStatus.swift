/// Where a scorecard version is in its life.
///
/// - `draft`: being written; may be edited in place and used for trial scoring.
/// - `published`: in use; immutable, so any change is a new version.
/// - `retired`: no longer offered for new evaluations; evaluations that used it keep it.
public enum ScorecardStatus: String, Hashable, Sendable, CaseIterable, Codable, CustomStringConvertible {
    case draft
    case published
    case retired

    public var description: String { rawValue }

    /// True when the definition may no longer change under its version number.
    public var isFrozen: Bool { self != .draft }
}
