public import Organization

/// What ``OrganizationRepository/apply(_:over:policy:actor:in:)`` did (or ``OrganizationRepository/plan(_:over:policy:)`` would do): the changes it wrote (one
/// audit entry each) and the validation warnings it let through.
public struct OrganizationImport: Sendable {
    public let diff: OrganizationDiff
    public let warnings: [OrganizationError]

    public init(diff: OrganizationDiff, warnings: [OrganizationError]) {
        self.diff = diff
        self.warnings = warnings
    }
}
