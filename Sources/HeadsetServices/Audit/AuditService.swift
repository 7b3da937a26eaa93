public import Storage

/// Reading the audit log: everything for the operator, or the changes made acting as one person.
public struct AuditService: Sendable {
    public let centre: Centre

    public init(centre: Centre) { self.centre = centre }

    /// Entries (of `entity` and `key` when given), oldest first, for `audience`.
    public func entries(entity: String?, key: String?, for audience: ReportAudience) throws -> [AuditEntry] {
        let entries = try centre.database.read("reading the audit log") { db in try AuditLog.entries(entity: entity, key: key, in: db) }
        guard let person = audience.person else { return entries }
        return entries.filter { $0.person == person }
    }
}
