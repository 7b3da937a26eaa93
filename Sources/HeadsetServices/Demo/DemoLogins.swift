import Foundation
import HummingbirdBcrypt
import Storage

/// The demo centre's logins, one per kind of user, with passwords everyone may know: a demo is
/// for trying, never for real data.
public enum DemoLogins {
    /// Person key, what they show, and their demo password.
    public static let logins: [(person: String, role: String, password: String)] = [
        ("egle.zemaite", "supervisor", "headset-demo-egle"),
        ("ieva.petraityte", "agent", "headset-demo-ieva"),
        ("jonas.simkus", "manager", "headset-demo-jonas"),
        ("ase.asheim", "HR partner", "headset-demo-ase"),
    ]

    /// Stores the logins (bcrypt cost 12, as every login), audited.
    static func store(actor: String, at now: Date, in db: DatabaseTransaction) throws {
        for login in logins {
            try LoginRepository.save(StoredLogin(person: login.person, passwordHash: Bcrypt.hash(login.password, cost: LoginPolicy.standard.bcryptCost),
                                                 disabled: false, failedAttempts: 0, lockedUntil: nil, passwordChangedAt: now),
                                     actor: actor, in: db)
        }
    }

    /// `egle.zemaite (supervisor) / headset-demo-egle, …` for the demo's output.
    public static var description: String {
        logins.map { "\($0.person) (\($0.role)) / \($0.password)" }.joined(separator: ", ")
    }
}
