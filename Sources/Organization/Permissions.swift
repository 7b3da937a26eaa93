import CivilTime

/// Who may do what to whose records on one date, derived from the reporting hierarchy.
///
/// ```swift
/// let permissions = Permissions(snapshot: OrgSnapshot(organization: organization, asOf: date))
/// let decision = permissions.may(actor: "ana", .evaluate, on: "ivo")
/// if case .denied(let why) = decision { print(why) }   // Ana Žemaitė is not above Ivo Ćorić on 2026-11-23
/// ```
///
/// Rules: anyone above the subject (transitively, on the date) may view, evaluate and coach
/// them; everyone may view and acknowledge their own records but not evaluate or coach
/// themself; a role with ``Capability/manageStructure`` may manage the structure and view
/// everyone; a role with ``Capability/evaluateAll`` may view and evaluate everyone else.
/// Nothing else is allowed.
///
/// Each check is O(1): two key lookups and a comparison of Euler-tour positions precomputed by
/// the snapshot.
public struct Permissions: Sendable {
    public let snapshot: OrgSnapshot
    /// Capabilities per snapshot member, as bits of `Self.bit(_:)`.
    private let capabilities: [UInt8]

    public init(snapshot: OrgSnapshot) {
        self.snapshot = snapshot
        capabilities = snapshot.members.map { member in
            member.role?.capabilities.reduce(0) { $0 | Self.bit($1) } ?? 0
        }
    }

    public init(organization: Organization, asOf date: LocalDate) {
        self.init(snapshot: OrgSnapshot(organization: organization, asOf: date))
    }

    public var date: LocalDate { snapshot.date }

    /// Whether `actor` may do `action` on `subject`'s records, and why (not).
    ///
    /// For `.manageStructure` the subject need not be in the organisation yet (a new hire).
    public func may(actor: String, _ action: PermissionAction, on subject: String) -> PermissionDecision {
        guard let doer = snapshot.index(of: actor) else {
            return .denied(.notInOrganization(person: actor, on: date))
        }
        let abilities = capabilities[doer]
        if action == .manageStructure {
            return abilities & Self.bit(.manageStructure) != 0
                ? .allowed(.capability(.manageStructure))
                : .denied(.missingCapability(actor: label(doer), capability: .manageStructure, on: date))
        }
        guard let target = snapshot.index(of: subject) else {
            return .denied(.notInOrganization(person: subject, on: date))
        }
        switch action {
        case .view:
            if doer == target { return .allowed(.ownRecords) }
            if snapshot.isAbove(doer, target) { return .allowed(.reportingLine) }
            if abilities & Self.bit(.manageStructure) != 0 { return .allowed(.capability(.manageStructure)) }
            if abilities & Self.bit(.evaluateAll) != 0 { return .allowed(.capability(.evaluateAll)) }
        case .evaluate, .coach:
            if doer == target { return .denied(.ownRecords(actor: label(doer), action: action)) }
            if snapshot.isAbove(doer, target) { return .allowed(.reportingLine) }
            // evaluate-all reaches everyone but those above the evaluator: nobody judges their own superiors.
            if action == .evaluate, abilities & Self.bit(.evaluateAll) != 0, !snapshot.isAbove(target, doer) {
                return .allowed(.capability(.evaluateAll))
            }
        case .acknowledge:
            if doer == target { return .allowed(.ownRecords) }
            return .denied(.onlySubject(actor: label(doer), subject: label(target), action: action))
        case .manageStructure:
            break
        }
        return .denied(.notAbove(actor: label(doer), subject: label(target), on: date))
    }

    /// Whether `upper` is above `lower` on the date (their manager, their manager's manager, …).
    public func isAbove(_ upper: String, _ lower: String) -> Bool {
        snapshot.isAbove(upper, lower)
    }

    /// The keys of everyone below `manager` on the date, transitively, depth first.
    public func reports(of manager: String) -> [String] {
        snapshot.allReports(of: manager).map(\.key)
    }

    private func label(_ member: Int) -> PersonLabel { snapshot.members[member].label }

    private static func bit(_ capability: Capability) -> UInt8 {
        switch capability {
        case .manageStructure: return 1
        case .evaluateAll: return 2
        }
    }
}
