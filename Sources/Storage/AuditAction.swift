/// What a change did to an entity, as recorded in the audit log.
public enum AuditAction: String, Codable, Sendable, CaseIterable {
    case create, update, delete, `import`
}
