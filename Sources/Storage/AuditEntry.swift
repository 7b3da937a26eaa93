import Foundation
import GRDB

/// One row of the audit log: who changed what, when, and the state before and after.
public struct AuditEntry: Codable, Equatable, Sendable {

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

    /// Who ran the door: the part of ``actor`` before ` as `, or all of it.
    public var operatorName: String {
        guard let range = actor.range(of: Self.actingAs, options: .backwards) else { return actor }
        return String(actor[..<range.lowerBound])
    }

    /// The person of the organisation acted as (`ruta as egle.zemaite` → `egle.zemaite`), or nil
    /// when the operator acted as nobody in particular (an import, a migration).
    public var person: String? {
        guard let range = actor.range(of: Self.actingAs, options: .backwards) else { return nil }
        return String(actor[range.upperBound...])
    }

    /// How the application layer writes "operator acting as person" into ``actor``.
    public static let actingAs = " as "

    enum CodingKeys: String, CodingKey {
        case id, actor, entity, action
        case occurredAt = "occurred_at"
        case entityKey = "entity_key"
        case beforeJSON = "before_json"
        case afterJSON = "after_json"
    }

}

/// The audit log's row as GRDB reads and writes it (the public ``AuditEntry`` shows no GRDB).
struct AuditRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "audit_log"

    var entry: AuditEntry

    init(_ entry: AuditEntry) { self.entry = entry }

    init(from decoder: any Decoder) throws { entry = try AuditEntry(from: decoder) }

    func encode(to encoder: any Encoder) throws { try entry.encode(to: encoder) }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        entry.id = inserted.rowID
    }
}
