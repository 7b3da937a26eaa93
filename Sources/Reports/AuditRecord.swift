/// One audited change, as the audit sheet shows it.
public struct AuditRecord: Sendable, Equatable {
    public var id: Int
    /// ISO 8601 UTC.
    public var occurredAt: String
    public var actor: String
    public var entity: String
    public var entityKey: String
    public var action: String
    public var before: String?
    public var after: String?

    public init(id: Int, occurredAt: String, actor: String, entity: String, entityKey: String, action: String,
                before: String?, after: String?) {
        self.id = id
        self.occurredAt = occurredAt
        self.actor = actor
        self.entity = entity
        self.entityKey = entityKey
        self.action = action
        self.before = before
        self.after = after
    }
}
