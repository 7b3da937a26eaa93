import Foundation
import HeadsetServices
import Storage
import Testing

@Suite("Identity: logins of the organisation's people")
struct IdentityServiceTests {
    /// bcrypt at cost 4 for the lock logic (milliseconds); production's cost 12 is checked once.
    static var fast: LoginPolicy {
        var policy = LoginPolicy()
        policy.bcryptCost = 4
        return policy
    }

    @Test("a login is stored as a bcrypt hash of cost 12, never the password, and the audit shows neither")
    func hashed() throws {
        let centre = try ServicesFixture.centre()
        let (key, oneTime) = try IdentityService(centre: centre).addUser("Jonas Petraitis", password: nil, operatorName: "root")
        #expect(key == "jonas")
        let password = try #require(oneTime)
        #expect(password.count == 20)
        let stored = try #require(try centre.database.read { db in try LoginRepository.login(person: "jonas", in: db) })
        #expect(stored.passwordHash.hasPrefix("$2b$12$") && !stored.passwordHash.contains(password))
        let audit = try centre.database.read { db in try AuditLog.entries(entity: LoginRepository.auditEntity, in: db) }
        #expect(audit.count == 1)
        #expect(!(audit[0].afterJSON ?? "").contains("$2b$") && !(audit[0].afterJSON ?? "").contains(password))
        #expect(try IdentityService(centre: centre).signIn("jonas", password: password) == Actor(person: "jonas", operatorName: "jonas"))
    }

    @Test("five wrong passwords lock the login for 15 minutes, even against the right one; a new password lifts the lock")
    func lockout() throws {
        let start = ServicesFixture.now
        let centre = try ServicesFixture.centre()
        let identity = IdentityService(centre: centre, policy: Self.fast)
        _ = try identity.addUser("ivo", password: "correct horse battery", operatorName: "root")
        for _ in 1...5 {
            #expect(throws: ServiceError.self) { try identity.signIn("ivo", password: "wrong guess 12345") }
        }
        #expect(throws: ServiceError.self) { try identity.signIn("ivo", password: "correct horse battery") }
        #expect(try identity.users().first { $0.person == "ivo" }?.locked == true)
        let later = try Centre(database: centre.database, opening: centre.opening, clock: .fixed(start.addingTimeInterval(15 * 60 + 1)))
        #expect(try IdentityService(centre: later, policy: Self.fast).signIn("ivo", password: "correct horse battery").person == "ivo")
        try identity.setPassword("ivo", to: "another long passphrase", operatorName: "root")
        #expect(try identity.signIn("ivo", password: "another long passphrase").person == "ivo")
    }

    @Test("a disabled login, an unknown person and a short password are refused; the refusal names nobody's login")
    func refusals() throws {
        let centre = try ServicesFixture.centre()
        let identity = IdentityService(centre: centre, policy: Self.fast)
        #expect {
            try identity.addUser("yla", password: "short", operatorName: "root")
        } throws: { error in
            guard case ServiceError.invalidInput(let problem) = error else { return false }
            return problem.field == "password"
        }
        _ = try identity.addUser("yla", password: "a long enough one", operatorName: "root")
        #expect(throws: ServiceError.self) { try identity.addUser("yla", password: "a long enough two", operatorName: "root") }
        try identity.disable("yla", operatorName: "root")
        var messages: [String] = []
        for (person, password) in [("yla", "a long enough one"), ("nobody", "a long enough one"), ("ana", "never had a login")] {
            do {
                _ = try identity.signIn(person, password: password)
                Issue.record("\(person) signed in")
            } catch {
                messages.append("\(error)")
            }
        }
        #expect(Set(messages.map { $0.replacingOccurrences(of: "yla", with: "?").replacingOccurrences(of: "nobody", with: "?")
            .replacingOccurrences(of: "ana", with: "?") }).count == 1, "\(messages)")
    }

    @Test("someone with no title on the day (not yet started, or left) cannot sign in")
    func noTitleNoSignIn() throws {
        let centre = try ServicesFixture.centre()
        _ = try IdentityService(centre: centre, policy: Self.fast).addUser("liga", password: "a long enough one", operatorName: "root")
        // Everyone's titles start on 2026-01-01.
        let before = try Centre(database: centre.database, opening: centre.opening,
                                clock: .fixed(Date(timeIntervalSince1970: 1_764_547_200)))   // 2025-12-01
        #expect(throws: ServiceError.self) {
            try IdentityService(centre: before, policy: Self.fast).signIn("liga", password: "a long enough one")
        }
        #expect(try IdentityService(centre: before, policy: Self.fast).users().first?.inOrganizationToday == false)
    }
}
