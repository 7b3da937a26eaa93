import ArgumentParser
import Foundation
import HeadsetServices
import Organization
import Storage

/// `--database PATH` (else `$HEADSET_DATABASE`, else `./headset.sqlite`) and `--actor NAME`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "SQLite database file (default: $HEADSET_DATABASE, else ./headset.sqlite).", valueName: "path"))
    var database: String?

    @Option(name: .long, help: ArgumentHelp(
        "Who is making changes, for the audit log (default: $HEADSET_ACTOR, else $USER).", valueName: "name"))
    var actor: String?

    var resolvedPath: String {
        Self.resolve(option: database, environment: ProcessInfo.processInfo.environment)
    }

    var resolvedActor: String {
        let environment = ProcessInfo.processInfo.environment
        return actor ?? environment["HEADSET_ACTOR"] ?? environment["USER"] ?? "headset"
    }

    static func resolve(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment["HEADSET_DATABASE"], !fromEnvironment.isEmpty { return fromEnvironment }
        return "headset.sqlite"
    }
}

extension DatabaseOptions {
    /// The centre at the resolved path: reads open read-only; only `.create` makes a new database.
    func centre(_ access: CentreAccess) throws -> Centre {
        try Centre.open(path: resolvedPath, access: access)
    }

    /// The centre for a writing command: with `create`, made when missing (recording
    /// `timeZone`, else the machine's); without it a missing database is an error that says how.
    func writableCentre(create: Bool, timeZone: String? = nil) throws -> Centre {
        if create {
            return try CentreSettings.openCreating(path: resolvedPath, timeZone: timeZone, operatorName: resolvedActor)
        }
        do {
            return try Centre.open(path: resolvedPath, access: .write)
        } catch StorageError.noDatabase(let path) {
            throw ServiceError.notFound(kind: "Headset database", key: path,
                                        hint: "create it with headset init, or give --create to this command")
        }
    }

    /// `given` (an option), else the centre's setting when the database exists, else UTC: the
    /// one rule for the centre's time zone (``Centre/timeZone(setting:)``).
    func centreTimeZone(_ given: String?) throws -> TimeZone {
        if let given { return try Centre.timeZone(setting: given).zone }
        guard FileManager.default.fileExists(atPath: resolvedPath) else { return try Centre.timeZone(setting: nil).zone }
        let centre = try centre(.read)
        defer { try? centre.close() }
        return centre.timeZone
    }

    /// The person named by `text` (option `flag`) acted as, with the operator for the audit log.
    func actor(_ text: String, field: String, in organization: Organization) throws -> Actor {
        Actor(person: try PersonLookup.person(text, in: organization, field: field).key, operatorName: resolvedActor)
    }
}
