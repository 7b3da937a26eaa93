public import Foundation
import CivilTime
import GRDB

/// Logins, audited as entity `login` (before/after carry whether the password changed and the
/// lock state, never the hash).
public enum LoginRepository {
    public static let auditEntity = "login"

    /// Stores `login` (a new person's, or a changed one) and audits it.
    public static func save(_ login: StoredLogin, actor: String, in transaction: DatabaseTransaction) throws {
        let db = transaction.database
        let before = try self.login(person: login.person, in: transaction)
        try db.execute(sql: """
            INSERT INTO login (person_key, password_hash, disabled, failed_attempts, locked_until, password_changed_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(person_key) DO UPDATE SET password_hash = excluded.password_hash, disabled = excluded.disabled,
                failed_attempts = excluded.failed_attempts, locked_until = excluded.locked_until,
                password_changed_at = excluded.password_changed_at
            """, arguments: [login.person, login.passwordHash, login.disabled ? 1 : 0, login.failedAttempts,
                             login.lockedUntil.map { ISO8601Text.utc($0) }, ISO8601Text.utc(login.passwordChangedAt)])
        try AuditLog.record(actor, entity: auditEntity, key: login.person, action: before == nil ? .create : .update,
                            before: before.map { state($0, passwordChanged: false) },
                            after: state(login, passwordChanged: before.map { $0.passwordHash != login.passwordHash } ?? true),
                            in: transaction)
    }

    /// Records the outcome of a login attempt (failed attempts and lock), without auditing each one.
    public static func recordAttempt(person: String, failedAttempts: Int, lockedUntil: Date?, in transaction: DatabaseTransaction) throws {
        try transaction.database.execute(sql: "UPDATE login SET failed_attempts = ?, locked_until = ? WHERE person_key = ?",
                                         arguments: [failedAttempts, lockedUntil.map { ISO8601Text.utc($0) }, person])
    }

    public static func login(person: String, in transaction: DatabaseTransaction) throws -> StoredLogin? {
        try Row.fetchOne(transaction.database, sql: "SELECT * FROM login WHERE person_key = ?", arguments: [person]).map(decode)
    }

    /// Every login, by person key.
    public static func all(in transaction: DatabaseTransaction) throws -> [StoredLogin] {
        try Row.fetchAll(transaction.database, sql: "SELECT * FROM login ORDER BY person_key").map(decode)
    }

    private static func decode(_ row: Row) throws -> StoredLogin {
        StoredLogin(person: row["person_key"], passwordHash: row["password_hash"], disabled: (row["disabled"] as Int) == 1,
                    failedAttempts: row["failed_attempts"], lockedUntil: (row["locked_until"] as String?).flatMap { ISO8601Text.instant(utc: $0) },
                    passwordChangedAt: ISO8601Text.instant(utc: row["password_changed_at"]) ?? Date(timeIntervalSince1970: 0))
    }

    private struct State: Encodable {
        let disabled: Bool
        let passwordChanged: Bool
        let lockedUntil: String?
    }

    private static func state(_ login: StoredLogin, passwordChanged: Bool) -> State {
        State(disabled: login.disabled, passwordChanged: passwordChanged, lockedUntil: login.lockedUntil.map { ISO8601Text.utc($0) })
    }
}
