/// The answer of ``Permissions/may(actor:_:on:)``: allowed and why, or denied and why.
public enum PermissionDecision: Hashable, Sendable, CustomStringConvertible {
    case allowed(PermissionGrant)
    case denied(PermissionDenial)

    public var isAllowed: Bool {
        if case .allowed = self { return true }
        return false
    }

    /// The reason for a denial; nil when allowed.
    public var denial: PermissionDenial? {
        if case .denied(let denial) = self { return denial }
        return nil
    }

    public var description: String {
        switch self {
        case .allowed(let grant): return "allowed (\(grant))"
        case .denied(let denial): return "denied: \(denial)"
        }
    }
}
