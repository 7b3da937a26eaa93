import CivilTime
import Foundation
import HummingbirdBcrypt
import Organization
import Storage

/// Logins of the organisation's people: created and changed by the operator (audited, never the
/// password), checked at sign-in with a lock after repeated failures. A person with no title on
/// the day (a leaver, or someone not yet started) cannot sign in.
public struct IdentityService: Sendable {
    public let centre: Centre
    public let policy: LoginPolicy

    public init(centre: Centre, policy: LoginPolicy = .standard) {
        self.centre = centre
        self.policy = policy
    }

    /// Gives `person` (a key or name) a login with `password`, or a generated one-time password
    /// when nil (returned, to hand over once). Refused when they already have one.
    public func addUser(_ person: String, password: String?, operatorName: String) throws -> (person: String, oneTimePassword: String?) {
        try translatingErrors {
            let key = try PersonLookup.person(person, in: try centre.organization(), field: "person").key
            let chosen = password ?? Self.oneTimePassword()
            let hash = try hashed(chosen)
            try centre.database.write("adding the login") { db in
                guard try LoginRepository.login(person: key, in: db) == nil else {
                    throw ServiceError.conflict("\(key) already has a login; change its password with headset user password")
                }
                try LoginRepository.save(StoredLogin(person: key, passwordHash: hash, disabled: false, failedAttempts: 0,
                                                     lockedUntil: nil, passwordChangedAt: centre.now),
                                         actor: operatorName, in: db)
            }
            return (key, password == nil ? chosen : nil)
        }
    }

    /// Sets a new password for `person` (and lifts a lock).
    public func setPassword(_ person: String, to password: String, operatorName: String) throws {
        try translatingErrors {
            let key = try PersonLookup.person(person, in: try centre.organization(), field: "person").key
            let hash = try hashed(password)
            try centre.database.write("changing the password") { db in
                guard let stored = try LoginRepository.login(person: key, in: db) else {
                    throw ServiceError.notFound(kind: "login", key: key, hint: "add one with headset user add")
                }
                try LoginRepository.save(StoredLogin(person: key, passwordHash: hash, disabled: stored.disabled, failedAttempts: 0,
                                                     lockedUntil: nil, passwordChangedAt: centre.now),
                                         actor: operatorName, in: db)
            }
        }
    }

    /// Disables `person`'s login: they can no longer sign in (their records stay).
    public func disable(_ person: String, operatorName: String) throws {
        try translatingErrors {
            let key = try PersonLookup.person(person, in: try centre.organization(), field: "person").key
            try centre.database.write("disabling the login") { db in
                guard let stored = try LoginRepository.login(person: key, in: db) else {
                    throw ServiceError.notFound(kind: "login", key: key, hint: "add one with headset user add")
                }
                try LoginRepository.save(StoredLogin(person: key, passwordHash: stored.passwordHash, disabled: true,
                                                     failedAttempts: stored.failedAttempts, lockedUntil: stored.lockedUntil,
                                                     passwordChangedAt: stored.passwordChangedAt),
                                         actor: operatorName, in: db)
            }
        }
    }

    /// Every login with its state today.
    public func users() throws -> [LoginSummary] {
        let organization = try centre.organization()
        let snapshot = OrgSnapshot(organization: organization, asOf: centre.today)
        let now = centre.now
        return try centre.database.read("listing logins") { db in try LoginRepository.all(in: db) }.map { login in
            LoginSummary(person: login.person, name: organization.person(login.person)?.displayName ?? login.person,
                         disabled: login.disabled, locked: login.lockedUntil.map { $0 > now } ?? false,
                         failedAttempts: login.failedAttempts, passwordChangedAt: ISO8601Text.utc(login.passwordChangedAt),
                         inOrganizationToday: snapshot.member(login.person) != nil)
        }
    }

    /// The actor `person` signs in as with `password`. Every refusal reads the same to the caller
    /// (no telling which people have logins); the fifth failure in a row locks the login.
    public func signIn(_ person: String, password: String) throws -> Actor {
        let refused = ServiceError.notAllowed(Refusal(actor: person, action: "sign in", subject: person, date: centre.today,
                                                      reason: "wrong person or password, or the login is locked or disabled"))
        let organization = try centre.organization()
        // A sign-in names a person by key, exactly: no guessing from display names.
        guard organization.person(person) != nil else { throw refused }
        let key = person
        let now = centre.now
        // bcrypt takes a quarter of a second: verify outside the write lock, then record the outcome.
        guard let stored = try centre.database.read("signing in", { db in try LoginRepository.login(person: key, in: db) }),
              !stored.disabled, stored.lockedUntil.map({ $0 <= now }) ?? true
        else { throw refused }
        let matches = Bcrypt.verify(password, hash: stored.passwordHash)
        let member = OrgSnapshot(organization: organization, asOf: centre.today).member(key) != nil
        try centre.database.write("recording the sign-in") { db in
            guard matches else {
                // A failed attempt is committed (it counts towards the lock) and then refused.
                let failures = (try LoginRepository.login(person: key, in: db)?.failedAttempts ?? stored.failedAttempts) + 1
                let lock = failures >= policy.attemptsBeforeLock ? now.addingTimeInterval(policy.lockSeconds) : nil
                try LoginRepository.recordAttempt(person: key, failedAttempts: lock == nil ? failures : 0, lockedUntil: lock, in: db)
                return
            }
            if member { try LoginRepository.recordAttempt(person: key, failedAttempts: 0, lockedUntil: nil, in: db) }
        }
        guard matches, member else { throw refused }
        return Actor(person: key, operatorName: key)
    }

    private func hashed(_ password: String) throws(ServiceError) -> String {
        guard password.count >= policy.shortestPassword else {
            throw .invalid("password", "must be at least \(policy.shortestPassword) characters long")
        }
        guard password.utf8.count <= policy.longestPasswordBytes else {
            throw .invalid("password", "must be at most \(policy.longestPasswordBytes) bytes long (bcrypt reads no further)")
        }
        return Bcrypt.hash(password, cost: policy.bcryptCost)
    }

    /// 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I): about 110 bits.
    static func oneTimePassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<20).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}
