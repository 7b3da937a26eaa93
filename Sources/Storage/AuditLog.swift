import Foundation
import GRDB

/// Writes and reads the audit log. Always call ``record(_:entity:key:action:before:after:in:)``
/// inside the same transaction as the change it describes, so neither exists without the other.
public enum AuditLog {
    /// Records a change made by `actor`.
    public static func record<Before: Encodable, After: Encodable>(
        _ actor: String, entity: String, key: String, action: AuditAction,
        before: Before?, after: After?, in transaction: DatabaseTransaction
    ) throws {
        let db = transaction.database
        let beforeJSON = try before.map { try json($0) }
        let afterJSON = try after.map { try json($0) }
        let entry = AuditEntry(id: nil, actor: actor, occurredAt: timestamp(), entity: entity, entityKey: key,
                               action: action, beforeJSON: beforeJSON, afterJSON: afterJSON)
        try AuditRecord(entry).insert(db)
    }

    /// Entries for one entity kind (and optionally one key), oldest first.
    public static func entries(entity: String? = nil, key: String? = nil, in transaction: DatabaseTransaction) throws -> [AuditEntry] {
        let db = transaction.database
        var request = AuditRecord.all()
        if let entity { request = request.filter(Column("entity") == entity) }
        if let key { request = request.filter(Column("entity_key") == key) }
        return try request.order(Column("id")).fetchAll(db).map(\.entry)
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func timestamp(_ date: Date = Date()) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: true)
            .timeSeparator(.colon).timeZone(separator: .omitted))
    }
}
