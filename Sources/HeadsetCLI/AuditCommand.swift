import HeadsetServices
import ArgumentParser
import Organization
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

    @Option(name: .customLong("as"), help: ArgumentHelp("Only the changes made acting as this person (key).", valueName: "person"))
    var person: String?

    @Flag(name: .long, help: "Every entry (the database's operator); without it --as is needed.")
    var all = false

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more, got \(limit)") }
        if person == nil && !all { throw ValidationError("give --as PERSON for the changes made as them, or --all for every entry") }
        if person != nil && all { throw ValidationError("--all and --as exclude each other") }
    }

    func run() throws {
        let centre = try database.centre(.read)
        defer { try? centre.close() }
        // Someone who has left is still found: the log outlives the organisation's present.
        let organization = try? centre.organization()
        let audience: ReportAudience = try person.map { text in
            let key = try organization.map { try PersonLookup.person(text, in: $0, field: "reader").key } ?? text
            return .person(Actor(person: key, operatorName: database.resolvedActor))
        } ?? .everything(operatorName: database.resolvedActor)
        var entries = try AuditService(centre: centre).entries(entity: entity, key: key, for: audience)
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
        /// Who ran the command or logged in.
        let `operator`: String
        /// The person acted as; null for an operator's own changes (imports, settings).
        let person: String?
        let entity: String
        let entityKey: String
        let action: String
        let before: JSONValue
        let after: JSONValue

        enum CodingKeys: String, CodingKey { case id, occurredAt, actor, `operator`, person, entity, entityKey, action, before, after }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(occurredAt, forKey: .occurredAt)
            try container.encode(actor, forKey: .actor)
            try container.encode(`operator`, forKey: .operator)
            try container.encode(person, forKey: .person)
            try container.encode(entity, forKey: .entity)
            try container.encode(entityKey, forKey: .entityKey)
            try container.encode(action, forKey: .action)
            try container.encode(before, forKey: .before)
            try container.encode(after, forKey: .after)
        }

        init(_ entry: AuditEntry) {
            id = entry.id
            occurredAt = entry.occurredAt
            actor = entry.actor
            `operator` = entry.operatorName
            person = entry.person
            entity = entry.entity
            entityKey = entry.entityKey
            action = entry.action.rawValue
            before = entry.beforeJSON.map(JSONValue.init(parsing:)) ?? .null
            after = entry.afterJSON.map(JSONValue.init(parsing:)) ?? .null
        }
    }
}
