import Foundation
import GRDB

/// One row of the audit log: who changed what, when, and the state before and after.
public struct AuditEntry: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "audit_log"

    public var id: Int64?
    public var actor: String
    /// ISO 8601 UTC time with milliseconds.
    public var occurredAt: String
    public var entity: String
    public var entityKey: String
    public var action: AuditAction
    /// JSON of the entity before the change (nil for a creation).
    public var beforeJSON: String?
    /// JSON of the entity after the change (nil for a deletion).
    public var afterJSON: String?

    enum CodingKeys: String, CodingKey {
        case id, actor, entity, action
        case occurredAt = "occurred_at"
        case entityKey = "entity_key"
        case beforeJSON = "before_json"
        case afterJSON = "after_json"
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
