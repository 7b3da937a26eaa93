public import CivilTime
public import Interchange
public import Organization
public import Storage

/// Importing the organisation files: merged over what is stored, checked on every day (cycles,
/// overlaps, levels, people with history dropped), written in one audited transaction. HR's
/// and the operator's work; audited under `operatorName`.
public struct OrganizationService: Sendable {
    public let centre: Centre

    public init(centre: Centre) { self.centre = centre }

    /// Applies `document` (or, with `dryRun`, only plans it) over the stored organisation;
    /// `leaving` names people who leave on a date. "Already started" is judged on today in the
    /// centre's time zone.
    public func importOrganization(_ document: OrganizationDocument, policy: LevelPolicy, leaving: [String: LocalDate],
                                   dryRun: Bool, operatorName: String) throws -> OrganizationImport {
        let today = centre.today
        if dryRun {
            return try centre.database.read("reading the organisation") { db in
                let stored = try OrganizationRepository.load(in: db)
                return try OrganizationRepository.plan(document.organization(over: stored), over: stored, policy: policy,
                                                       leaving: leaving, today: today, in: db)
            }
        }
        return try centre.database.write("importing the organisation") { db in
            let stored = try OrganizationRepository.load(in: db)
            return try OrganizationRepository.apply(document.organization(over: stored), over: stored, policy: policy,
                                                    leaving: leaving, today: today, actor: operatorName, in: db)
        }
    }

    /// Checks `document` as a first import would, writing nothing: bad files are refused before
    /// a database is created for them.
    public static func check(_ document: OrganizationDocument, policy: LevelPolicy,
                             leaving: [String: LocalDate]) throws -> OrganizationImport {
        try OrganizationRepository.plan(document.organization(), over: Organization(), policy: policy, leaving: leaving)
    }
}
