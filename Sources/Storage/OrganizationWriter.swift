import CivilTime
import Foundation
import GRDB
import Organization

/// Writes one ``OrganizationDiff`` into the organisation tables, with its audit entries.
///
/// Order keeps every foreign key satisfied at every statement: first the records that refer to
/// others and go away (escalation rules, lines, assignments, positions), then additions and
/// changes from the referenced kinds down (families, roles, titles, people, positions,
/// assignments, lines, rules), and last the removed people, titles, roles and families, which
/// nothing refers to any more. Audit entries follow the diff's order and share one timestamp.
struct OrganizationWriter {
    private let old: Organization
    private let new: Organization
    private let actor: String
    private let db: Database
    private var familyID: [String: Int64]
    private var roleID: [String: Int64]
    private var titleID: [String: Int64]
    private var personID: [String: Int64]
    private var positionID: [String: Int64]
    private let oldAssignments: [String: TitleAssignment]
    private let newAssignments: [String: TitleAssignment]
    private let oldLines: [String: ReportingLine]
    private let newLines: [String: ReportingLine]

    init(old: Organization, new: Organization, actor: String, db: Database) throws {
        self.old = old
        self.new = new
        self.actor = actor
        self.db = db
        func ids(_ table: String) throws -> [String: Int64] {
            var result: [String: Int64] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT key, id FROM \(table)")
            while let row = try rows.next() { result[row[0]] = row[1] }
            return result
        }
        familyID = try ids("job_family")
        roleID = try ids("role")
        titleID = try ids("title")
        personID = try ids("person")
        positionID = try ids("position")
        oldAssignments = Self.byKey(old.titleAssignments, \.key)
        newAssignments = Self.byKey(new.titleAssignments, \.key)
        oldLines = Self.byKey(old.reportingLines, \.key)
        newLines = Self.byKey(new.reportingLines, \.key)
    }

    mutating func write(_ diff: OrganizationDiff) throws {
        var byKind: [EntityKind: [OrganizationDiff.Entry]] = [:]
        for entry in diff.entries { byKind[entry.kind, default: []].append(entry) }
        func entries(_ kind: EntityKind, removed: Bool) -> [OrganizationDiff.Entry] {
            (byKind[kind] ?? []).filter { ($0.change == .removed) == removed }
        }

        for kind in [EntityKind.escalationRule, .reportingLine, .titleAssignment, .position] {
            for entry in entries(kind, removed: true) { try delete(entry) }
        }
        for kind in [EntityKind.family, .role, .title, .person, .position, .titleAssignment, .reportingLine, .escalationRule] {
            for entry in entries(kind, removed: false) { try upsert(entry) }
        }
        for kind in [EntityKind.person, .title, .role, .family] {
            for entry in entries(kind, removed: true) { try delete(entry) }
        }

        let audit = try db.cachedStatement(sql: """
            INSERT INTO audit_log (actor, occurred_at, entity, entity_key, action, before_json, after_json)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let now = AuditLog.timestamp()
        for entry in diff.entries {
            let action: AuditAction
            switch entry.change {
            case .added: action = .create
            case .removed: action = .delete
            case .changed: action = .update
            }
            try audit.execute(arguments: [actor, now, OrganizationAuditState.entity(entry.kind), entry.key, action.rawValue,
                                          entry.change == .added ? nil : state(entry, after: false),
                                          entry.change == .removed ? nil : state(entry, after: true)])
        }
    }

    // MARK: Deleting

    private mutating func delete(_ entry: OrganizationDiff.Entry) throws {
        let key = entry.key
        switch entry.kind {
        case .family:
            try execute("DELETE FROM job_family WHERE id = ?", [try id(familyID, key, "job family")])
            familyID[key] = nil
        case .role:
            try execute("DELETE FROM role WHERE id = ?", [try id(roleID, key, "role")])
            roleID[key] = nil
        case .title:
            try execute("DELETE FROM title WHERE id = ?", [try id(titleID, key, "title")])
            titleID[key] = nil
        case .person:
            try execute("DELETE FROM person WHERE id = ?", [try id(personID, key, "person")])
            personID[key] = nil
        case .position:
            try execute("DELETE FROM position WHERE id = ?", [try id(positionID, key, "position")])
            positionID[key] = nil
        case .titleAssignment:
            let assignment = try entity(oldAssignments, key)
            try execute("DELETE FROM title_assignment WHERE person_id = ? AND valid_from = ?",
                        [try id(personID, assignment.person, "person"), assignment.validFrom.description])
        case .reportingLine:
            let line = try entity(oldLines, key)
            try execute("DELETE FROM reporting_line WHERE person_id = ? AND valid_from = ?",
                        [try id(personID, line.person, "person"), line.validFrom.description])
        case .escalationRule:
            try execute("DELETE FROM escalation_rule WHERE from_role_id = ?", [try id(roleID, key, "role")])
        }
    }

    // MARK: Adding and changing

    private mutating func upsert(_ entry: OrganizationDiff.Entry) throws {
        let isNew = entry.change == .added
        let key = entry.key
        switch entry.kind {
        case .family:
            let family = try entity(new.family(key), key)
            if isNew {
                try execute("INSERT INTO job_family (key) VALUES (?)", [key])
                familyID[key] = db.lastInsertedRowID
            }
            try replaceNames(OrganizationMigration.familyKind, key, family.names)
        case .role:
            let role = try entity(new.role(key), key)
            let family = try id(familyID, role.family, "job family")
            let rowID: Int64
            if isNew {
                try execute("INSERT INTO role (key, family_id, level) VALUES (?, ?, ?)", [key, family, role.level])
                rowID = db.lastInsertedRowID
                roleID[key] = rowID
            } else {
                rowID = try id(roleID, key, "role")
                try execute("UPDATE role SET family_id = ?, level = ? WHERE id = ?", [family, role.level, rowID])
                try execute("DELETE FROM role_capability WHERE role_id = ?", [rowID])
            }
            for capability in role.capabilities.map(\.rawValue).sorted() {
                try execute("INSERT INTO role_capability (role_id, capability) VALUES (?, ?)", [rowID, capability])
            }
            try replaceNames(OrganizationMigration.roleKind, key, role.names)
        case .title:
            let title = try entity(new.title(key), key)
            let role = try id(roleID, title.role, "role")
            let rowID: Int64
            if isNew {
                try execute("INSERT INTO title (key, role_id) VALUES (?, ?)", [key, role])
                rowID = db.lastInsertedRowID
                titleID[key] = rowID
            } else {
                rowID = try id(titleID, key, "title")
                try execute("UPDATE title SET role_id = ? WHERE id = ?", [role, rowID])
                try execute("DELETE FROM title_alias WHERE title_id = ?", [rowID])
            }
            for (ordinal, alias) in title.aliases.enumerated() {
                try execute("INSERT INTO title_alias (title_id, ordinal, alias) VALUES (?, ?, ?)", [rowID, ordinal, alias])
            }
            try replaceNames(OrganizationMigration.titleKind, key, title.names)
        case .person:
            let person = try entity(new.person(key), key)
            let values: StatementArguments = [person.displayName, person.givenName, person.familyName, person.email,
                                              person.preferredLocale, person.leavesOn?.description]
            if isNew {
                try execute("""
                    INSERT INTO person (display_name, given_name, family_name, email, preferred_locale, leaves_on, key)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, values + [key])
                personID[key] = db.lastInsertedRowID
            } else {
                try execute("""
                    UPDATE person SET display_name = ?, given_name = ?, family_name = ?, email = ?, preferred_locale = ?,
                    leaves_on = ? WHERE id = ?
                    """, values + [try id(personID, key, "person")])
            }
        case .position:
            let position = try entity(new.position(key), key)
            let values: StatementArguments = [
                try id(titleID, position.title, "title"),
                try position.reportsTo.map { try id(personID, $0, "person") },
                position.validFrom.description, position.validTo?.description,
            ]
            if isNew {
                try execute("INSERT INTO position (title_id, reports_to_id, valid_from, valid_to, key) VALUES (?, ?, ?, ?, ?)",
                            values + [key])
                positionID[key] = db.lastInsertedRowID
            } else {
                try execute("UPDATE position SET title_id = ?, reports_to_id = ?, valid_from = ?, valid_to = ? WHERE id = ?",
                            values + [try id(positionID, key, "position")])
            }
        case .titleAssignment:
            let assignment = try entity(newAssignments, key)
            let values: StatementArguments = [
                try id(titleID, assignment.title, "title"),
                try assignment.position.map { try id(positionID, $0, "position") },
                assignment.validTo?.description,
                try id(personID, assignment.person, "person"), assignment.validFrom.description,
            ]
            try execute(isNew
                ? "INSERT INTO title_assignment (title_id, position_id, valid_to, person_id, valid_from) VALUES (?, ?, ?, ?, ?)"
                : "UPDATE title_assignment SET title_id = ?, position_id = ?, valid_to = ? WHERE person_id = ? AND valid_from = ?",
                values)
        case .reportingLine:
            let line = try entity(newLines, key)
            let values: StatementArguments = [
                try id(personID, line.manager, "person"), line.validTo?.description,
                try id(personID, line.person, "person"), line.validFrom.description,
            ]
            try execute(isNew
                ? "INSERT INTO reporting_line (manager_id, valid_to, person_id, valid_from) VALUES (?, ?, ?, ?)"
                : "UPDATE reporting_line SET manager_id = ?, valid_to = ? WHERE person_id = ? AND valid_from = ?",
                values)
        case .escalationRule:
            let rule = try entity(new.escalationRule(from: key), key)
            let values: StatementArguments = [try id(roleID, rule.to, "role"), try id(roleID, rule.from, "role")]
            try execute(isNew
                ? "INSERT INTO escalation_rule (to_role_id, from_role_id) VALUES (?, ?)"
                : "UPDATE escalation_rule SET to_role_id = ? WHERE from_role_id = ?",
                values)
        }
    }

    private func replaceNames(_ kind: String, _ key: String, _ names: LocalizedText) throws {
        try execute("DELETE FROM translation WHERE entity_kind = ? AND entity_key = ?", [kind, key])
        for locale in names.locales {
            try execute("INSERT INTO translation (entity_kind, entity_key, locale, text) VALUES (?, ?, ?, ?)",
                        [kind, key, locale, names.translations[locale]!])
        }
    }

    // MARK: Audit states

    /// The entity's JSON before (in the stored organisation) or after the change.
    private func state(_ entry: OrganizationDiff.Entry, after isNew: Bool) -> String? {
        let key = entry.key
        let organization = isNew ? new : old
        switch entry.kind {
        case .family: return organization.family(key).map(OrganizationAuditState.json)
        case .role: return organization.role(key).map(OrganizationAuditState.json)
        case .title: return organization.title(key).map(OrganizationAuditState.json)
        case .person: return organization.person(key).map(OrganizationAuditState.json)
        case .position: return organization.position(key).map(OrganizationAuditState.json)
        case .titleAssignment: return (isNew ? newAssignments : oldAssignments)[key].map(OrganizationAuditState.json)
        case .reportingLine: return (isNew ? newLines : oldLines)[key].map(OrganizationAuditState.json)
        case .escalationRule: return organization.escalationRule(from: key).map(OrganizationAuditState.json)
        }
    }

    // MARK: Helpers

    private func execute(_ sql: String, _ arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    private func id(_ ids: [String: Int64], _ key: String, _ kind: String) throws -> Int64 {
        guard let id = ids[key] else {
            throw OrganizationStoreError.corruptRow(table: kind, key: key, reason: "not in the database")
        }
        return id
    }

    private func entity<Entity>(_ entity: Entity?, _ key: String) throws -> Entity {
        guard let entity else {
            throw OrganizationStoreError.corruptRow(table: "organisation", key: key, reason: "missing from the organisation")
        }
        return entity
    }

    private func entity<Entity>(_ entities: [String: Entity], _ key: String) throws -> Entity {
        try entity(entities[key], key)
    }

    private static func byKey<Entity>(_ entities: [Entity], _ key: (Entity) -> String) -> [String: Entity] {
        var result: [String: Entity] = [:]
        result.reserveCapacity(entities.count)
        for entity in entities where result[key(entity)] == nil { result[key(entity)] = entity }
        return result
    }
}
