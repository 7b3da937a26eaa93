/// What ``Organization/validate(policy:)`` found: errors make the organisation unusable, warnings
/// are worth a look.
public struct ValidationReport: Hashable, Sendable, CustomStringConvertible {
    public var errors: [OrganizationError]
    public var warnings: [OrganizationError]

    public init(errors: [OrganizationError] = [], warnings: [OrganizationError] = []) {
        self.errors = errors
        self.warnings = warnings
    }

    /// True when there are no errors (warnings allowed).
    public var isValid: Bool { errors.isEmpty }

    /// One line per finding, errors first: `error: …`, `warning: …`.
    public var lines: [String] {
        errors.map { "error: \($0)" } + warnings.map { "warning: \($0)" }
    }

    /// `valid`, or the counts: `2 errors, 1 warning`.
    public var description: String {
        if errors.isEmpty && warnings.isEmpty { return "valid" }
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        return "\(count(errors.count, "error")), \(count(warnings.count, "warning"))"
    }
}
