import ArgumentParser
import Storage

/// `headset audit`: who changed what and when.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "List the audit log: every change with its actor, time and before/after state.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    @Option(help: "Only this kind of entity (e.g. setting).")
    var entity: String?

    @Option(help: "Only this entity key (e.g. centre.name).")
    var key: String?

    @Option(help: "Show at most this many of the newest entries (0 = all).")
    var limit: Int = 50

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more, got \(limit)") }
    }

    func run() throws {
        let (store, _) = try HeadsetDatabase.openExisting(at: database.resolvedPath, access: .readOnly)
        var entries = try store.read("reading the audit log") { db in
            try AuditLog.entries(entity: entity, key: key, in: db)
        }
        if limit > 0 && entries.count > limit { entries = Array(entries.suffix(limit)) }
        let table = TextTable(
            headers: ["id", "occurred_at", "actor", "entity", "entity_key", "action", "before", "after"],
            rows: entries.map { entry in
                [entry.id.map(String.init) ?? "", entry.occurredAt, entry.actor, entry.entity, entry.entityKey,
                 entry.action.rawValue, entry.beforeJSON ?? "", entry.afterJSON ?? ""]
            },
            alignments: [.right, .left, .left, .left, .left, .left, .left, .left])
        OutputPrinter.print(table, json: entries.map(EntryJSON.init), format: output.format)
    }

    /// The JSON shape of one entry: before/after as nested JSON, not strings.
    struct EntryJSON: Encodable {
        let id: Int64?
        let occurredAt: String
        let actor: String
        let entity: String
        let entityKey: String
        let action: String
        let before: JSONValue
        let after: JSONValue

        init(_ entry: AuditEntry) {
            id = entry.id
            occurredAt = entry.occurredAt
            actor = entry.actor
            entity = entry.entity
            entityKey = entry.entityKey
            action = entry.action.rawValue
            before = entry.beforeJSON.map(JSONValue.init(parsing:)) ?? .null
            after = entry.afterJSON.map(JSONValue.init(parsing:)) ?? .null
        }
    }
}
