import GRDB
public import Organization

/// The organisation in the database: loaded whole, changed by diff.
///
/// ```swift
/// let result = try database.write("importing the organisation") { db in
///     let stored = try OrganizationRepository.load(in: db)
///     return try OrganizationRepository.apply(newer, over: stored, actor: "ana", in: db)
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
    /// Throws ``OrganizationStoreError/refused(_:)`` when the change removes something `newer`
    /// still uses, and ``OrganizationStoreError/invalid(_:)`` when validation under `policy` finds
    /// errors; in both cases before writing anything. An identical organisation writes nothing.
    public static func apply(_ newer: Organization, over stored: Organization, policy: LevelPolicy = .error,
                             actor: String, in transaction: DatabaseTransaction) throws -> OrganizationImport {
        let db = transaction.database
        let result = try plan(newer, over: stored, policy: policy)
        if !result.diff.isEmpty {
            var writer = try OrganizationWriter(old: stored, new: newer, actor: actor, db: db)
            try writer.write(result.diff)
        }
        return result
    }

    /// What ``apply(_:over:policy:actor:in:)`` would write, with the same checks, writing nothing:
    /// for dry runs.
    public static func plan(_ newer: Organization, over stored: Organization,
                            policy: LevelPolicy = .error) throws(OrganizationStoreError) -> OrganizationImport {
        // A removal that `newer` still depends on is named as such, before validation reports
        // the references it leaves dangling.
        let diff = stored.changes(to: newer)
        guard diff.errors.isEmpty else { throw .refused(diff) }
        let report = newer.validate(policy: policy)
        guard report.isValid else { throw .invalid(report) }
        return OrganizationImport(diff: diff, warnings: report.warnings)
    }
}
