import ArgumentParser
import Foundation
import HeadsetServices

/// `headset user`: logins of the organisation's people, for `headset serve`.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Logins of the organisation's people: add, change a password, disable, list.",
        discussion: """
            Passwords are stored as bcrypt hashes (cost 12), never as text, and never appear in the \
            audit log. Passwords are read from standard input (--password-stdin), never from an \
            option, so they stay out of shell history and process lists. Five failed sign-ins in a \
            row lock a login for 15 minutes; a person with no title today (a leaver) cannot sign in.
            """,
        subcommands: [UserAddCommand.self, UserPasswordCommand.self, UserDisableCommand.self, UserListCommand.self])
}

/// The password on standard input: its first line, without the line break.
enum PasswordInput {
    static func read() throws -> String {
        guard let line = readLine(strippingNewline: true) else {
            throw ValidationError("--password-stdin: standard input ended before a password")
        }
        return line
    }
}

struct UserAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Give a person a login; prints a one-time password unless --password-stdin.")

    @Argument(help: ArgumentHelp("The person: key or display name.", valueName: "person"))
    var person: String

    @Flag(name: .customLong("password-stdin"), help: "Read the password (at least 12 characters) from standard input.")
    var passwordStdin = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let centre = try database.writableCentre(create: false)
        defer { try? centre.close() }
        let password = passwordStdin ? try PasswordInput.read() : nil
        let (key, oneTime) = try IdentityService(centre: centre).addUser(person, password: password,
                                                                       operatorName: database.resolvedActor)
        if let oneTime {
            print("Login for \(key); one-time password (hand it over once, then have it changed): \(oneTime)")
        } else {
            print("Login for \(key)")
        }
    }
}

struct UserPasswordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "password", abstract: "Set a person's password (read from standard input); lifts a lock.")

    @Argument(help: ArgumentHelp("The person: key or display name.", valueName: "person"))
    var person: String

    @Flag(name: .customLong("password-stdin"), help: "Read the password (at least 12 characters) from standard input.")
    var passwordStdin = false

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if !passwordStdin { throw ValidationError("give --password-stdin and the password on standard input") }
    }

    func run() throws {
        let centre = try database.writableCentre(create: false)
        defer { try? centre.close() }
        try IdentityService(centre: centre).setPassword(person, to: try PasswordInput.read(), operatorName: database.resolvedActor)
        print("Password changed for \(person)")
    }
}

struct UserDisableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "disable", abstract: "Disable a person's login (their records stay).")

    @Argument(help: ArgumentHelp("The person: key or display name.", valueName: "person"))
    var person: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let centre = try database.writableCentre(create: false)
        defer { try? centre.close() }
        try IdentityService(centre: centre).disable(person, operatorName: database.resolvedActor)
        print("Login of \(person) disabled")
    }
}

struct UserListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List logins: disabled, locked, leavers.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let centre = try database.centre(.read)
        defer { try? centre.close() }
        let users = try IdentityService(centre: centre).users()
        let header = ["person", "name", "disabled", "locked", "failed_attempts", "password_changed_at", "in_organization_today"]
        let rows = users.map {
            [$0.person, $0.name, String($0.disabled), String($0.locked), String($0.failedAttempts), $0.passwordChangedAt,
             String($0.inOrganizationToday)]
        }
        OutputPrinter.print(TextTable(headers: header, rows: rows), csv: TextTable(headers: header, rows: rows), json: users,
                            format: output.format)
    }
}
