import HeadsetServices
import ArgumentParser
import Foundation
import Interchange
import Organization
import Storage

/// `headset org import FILE…`: reads organisation files, checks them, and stores what changed in
/// one audited transaction (or, with `--dry-run`, only shows it).
struct OrgImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the organisation from YAML and CSV files: validate, compare with the database, store the changes.",
        discussion: """
            Examples:
              headset org import org/structure.yaml org/people.csv org/assignments.csv org/lines.csv
              headset org import org/*.yaml org/*.csv --dry-run

            The files are merged into one organisation. Each kind of entity the files give (job \
            families, roles, titles, escalation rules, positions, people, title assignments, \
            reporting lines) replaces what the database holds of that kind; kinds no file gives \
            are kept. Prints the changes (+ added, - removed, ~ changed); importing the same \
            files again prints "no changes" and writes nothing. Layouts: docs/organization.md.
            """)

    @Argument(help: ArgumentHelp("Organisation files: .yaml/.yml or .csv.", valueName: "file"))
    var files: [String]

    @Flag(name: .customLong("dry-run"), help: "Read, check and show the changes; store nothing.")
    var dryRun = false

    @Option(name: .customLong("level-policy"), help: ArgumentHelp(
        "A manager whose role level is not above their report's: error, warning or ignore.", valueName: "policy"))
    var levelPolicy: LevelPolicyArgument = .error

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one organisation file") }
    }

    func run() throws {
        let document: OrganizationDocument
        do {
            document = try OrganizationReader.read(contentsOf: files.map { URL(fileURLWithPath: $0) })
        } catch {
            throw CommandError(error.description)
        }
        let path = database.resolvedPath
        let exists = FileManager.default.fileExists(atPath: path)
        let policy = levelPolicy.policy
        print("Read \(document.sources.joined(separator: ", ")): \(document.summary).")

        let result: OrganizationImport
        if dryRun {
            let stored = try exists ? storedOrganization() : Organization()
            result = try OrganizationRepository.plan(document.organization(over: stored), over: stored, policy: policy)
        } else {
            if !exists {
                // Checked before the database is created, so bad files leave nothing behind.
                _ = try OrganizationRepository.plan(document.organization(), over: Organization(), policy: policy)
            }
            result = try importing(document, policy: policy)
        }
        for warning in result.warnings { printError("headset: warning: \(warning)") }
        for line in result.diff.entries.map(\.description) { print(line) }
        if result.diff.isEmpty {
            print("No changes" + (dryRun ? "; nothing to store." : "; nothing was stored."))
        } else if dryRun {
            print("Dry run: \(result.diff); nothing was stored.")
        } else {
            print("Stored: \(result.diff) (audited as \(database.resolvedActor)).")
        }
    }

    private func storedOrganization() throws -> Organization {
        let (store, _) = try database.open()
        defer { try? store.close() }
        return try store.read("reading the organisation") { db in try OrganizationRepository.load(in: db) }
    }

    /// Loads, merges, checks and writes in one transaction.
    private func importing(_ document: OrganizationDocument, policy: LevelPolicy) throws -> OrganizationImport {
        let (store, _) = try database.open()
        defer { try? store.close() }
        let actor = database.resolvedActor
        return try store.write("importing the organisation") { db in
            let stored = try OrganizationRepository.load(in: db)
            return try OrganizationRepository.apply(document.organization(over: stored), over: stored, policy: policy,
                                                    actor: actor, in: db)
        }
    }
}
