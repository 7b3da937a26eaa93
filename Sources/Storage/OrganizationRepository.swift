public import CivilTime
import GRDB
public import Organization

/// The organisation in the database: loaded whole, changed by diff.
///
/// ```swift
/// let result = try database.write("importing the organisation") { db in
///     let stored = try OrganizationRepository.load(in: db)
///     return try OrganizationRepository.apply(newer, over: stored, leaving: ["ben": LocalDate("2026-07-01")!],
///                                             today: today, actor: "ana", in: db)
/// }
/// print(result.diff)   // "3 added, 1 removed, 2 changed", or "no changes"
/// ```
///
/// Pass the `Database` of one write transaction: a change lands whole, with its audit entries,
/// or not at all. Tables: ``OrganizationMigration``.
public enum OrganizationRepository {
    /// The audit log's entity name for a kind (`job_family`, `title`, `title_assignment`, …).
    public static func auditEntity(_ kind: EntityKind) -> String {
        OrganizationAuditState.entity(kind)
    }

    /// Validates `newer`, compares it with `stored` (what ``load(in:)`` returned in this
    /// transaction) and writes only what differs, with one audit entry per changed entity
    /// (action `create`, `update` or `delete`; before and after as JSON).
    ///
    /// People `newer` no longer lists are not deleted when they have history (evaluations,
    /// disputes, coaching, action items, rosters — ``history(of:in:)`` — or titles and lines
    /// started by `today`; every stored one when `today` is nil): they must leave on a date,
    /// given in `leaving` (key → first day gone, overriding the files) or as their
    /// ``Person/leavesOn``. Leavers are kept and their titles and lines ended the day before
    /// (``Organization/settlingDepartures(from:leaving:history:today:)``).
    ///
    /// Throws ``OrganizationStoreError/departures(_:)`` when people with history are dropped
    /// without a leaving date, ``OrganizationStoreError/refused(_:)`` when the change removes
    /// something `newer` still uses, and ``OrganizationStoreError/invalid(_:)`` when validation
    /// under `policy` finds errors; in every case before writing anything. An identical
    /// organisation writes nothing.
    public static func apply(_ newer: Organization, over stored: Organization, policy: LevelPolicy = .error,
                             leaving: [String: LocalDate] = [:], today: LocalDate? = nil,
                             actor: String, in transaction: DatabaseTransaction) throws -> OrganizationImport {
        let db = transaction.database
        let result = try plan(newer, over: stored, policy: policy, leaving: leaving, today: today, in: transaction)
        if !result.diff.isEmpty {
            var writer = try OrganizationWriter(old: stored, new: result.organization, actor: actor, db: db)
            try writer.write(result.diff)
        }
        return result
    }

    /// What ``apply(_:over:policy:leaving:today:actor:in:)`` would write, with the same checks
    /// and the history read in `transaction`, writing nothing: for dry runs.
    public static func plan(_ newer: Organization, over stored: Organization, policy: LevelPolicy = .error,
                            leaving: [String: LocalDate] = [:], today: LocalDate? = nil,
                            in transaction: DatabaseTransaction) throws -> OrganizationImport {
        let listed = Set(newer.people.map(\.key))
        let dropped = stored.people.map(\.key).filter { !listed.contains($0) }
        let history = dropped.isEmpty ? [:] : try history(of: dropped, in: transaction)
        return try plan(newer, over: stored, policy: policy, leaving: leaving, history: history, today: today)
    }

    /// What ``apply(_:over:policy:leaving:today:actor:in:)`` would write given the dropped
    /// people's `history` (key → what the database holds about them), writing nothing.
    public static func plan(_ newer: Organization, over stored: Organization, policy: LevelPolicy = .error,
                            leaving: [String: LocalDate] = [:], history: [String: [String]] = [:],
                            today: LocalDate? = nil) throws(OrganizationStoreError) -> OrganizationImport {
        // Departures first: a person dropped with history is named as such, before the
        // references the drop leaves dangling.
        let departures = newer.settlingDepartures(from: stored, leaving: leaving, history: history, today: today)
        guard departures.errors.isEmpty else { throw .departures(departures.errors) }
        let settled = departures.organization
        // A removal that `settled` still depends on is named as such, before validation reports
        // the references it leaves dangling.
        let diff = stored.changes(to: settled)
        guard diff.errors.isEmpty else { throw .refused(diff) }
        let report = settled.validate(policy: policy)
        guard report.isValid else { throw .invalid(report) }
        return OrganizationImport(diff: diff, warnings: departures.warnings + report.warnings, organization: settled,
                                  leavers: departures.leavers)
    }
}
