/// What changes between two versions of an organisation: entities added, removed and changed,
/// field by field, and removals that would leave references dangling.
///
/// Built by ``Organization/changes(to:)``. Sources (file and line) are not compared, so
/// re-importing the same content from a reformatted file gives an empty diff.
///
/// ```text
/// + title bank-teller
/// ~ person ana: email 'ana@old.lt' → 'ana@new.lt'
/// - title operator
/// ```
public struct OrganizationDiff: Hashable, Sendable, CustomStringConvertible {
    /// One field that differs.
    public struct FieldChange: Hashable, Sendable {
        public var field: String
        /// The old value as text; empty when unset.
        public var old: String
        /// The new value as text; empty when unset.
        public var new: String
    }

    public enum Change: Hashable, Sendable {
        case added
        case removed
        case changed([FieldChange])
    }

    /// One entity that differs.
    public struct Entry: Hashable, Sendable, CustomStringConvertible {
        public var kind: EntityKind
        /// The entity's key (`person@validFrom` for assignments and lines, the `from` role for
        /// escalation rules).
        public var key: String
        public var change: Change
        /// Where the newer version (or, when removed, the older one) was read from.
        public var source: SourceLocation?

        /// `+ title bank-teller`, `- role operator`, `~ person ana: email 'a' → 'b'; …`.
        public var description: String {
            switch change {
            case .added: return "+ \(kind) \(key)"
            case .removed: return "- \(kind) \(key)"
            case .changed(let fields):
                return "~ \(kind) \(key): " + fields.map { field in
                    "\(field.field) \(field.old.isEmpty ? "(none)" : "'\(field.old)'") → \(field.new.isEmpty ? "(none)" : "'\(field.new)'")"
                }.joined(separator: "; ")
            }
        }
    }

    /// Differences in kind order (families, roles, titles, people, positions, assignments,
    /// lines, rules), each kind sorted by key.
    public let entries: [Entry]
    /// Entities removed while the newer organisation still refers to them
    /// (``OrganizationError/stillReferenced(_:key:by:)``): the change must be refused.
    public let errors: [OrganizationError]

    public init(entries: [Entry], errors: [OrganizationError]) {
        self.entries = entries
        self.errors = errors
    }

    /// True when nothing changes: an identical re-import.
    public var isEmpty: Bool { entries.isEmpty }

    public var added: Int { entries.count { $0.change == .added } }
    public var removed: Int { entries.count { $0.change == .removed } }
    public var changed: Int { entries.count - added - removed }

    /// One line per difference, then `error: …` lines.
    public var lines: [String] {
        entries.map(\.description) + errors.map { "error: \($0)" }
    }

    /// `no changes`, or `2 added, 1 removed, 3 changed`.
    public var description: String {
        isEmpty ? "no changes" : "\(added) added, \(removed) removed, \(changed) changed"
    }
}
