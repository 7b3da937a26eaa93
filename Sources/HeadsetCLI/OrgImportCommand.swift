import HeadsetServices
import ArgumentParser
import CivilTime
import Foundation
import HeadsetServices
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
              headset org import org/*.yaml org/*.csv --leaving ben.brown=2026-07-01

            The files are merged into one organisation. Each kind of entity the files give (job \
            families, roles, titles, escalation rules, positions, people, title assignments, \
            reporting lines) replaces what the database holds of that kind; kinds no file gives \
            are kept. Prints the changes (+ added, - removed, ~ changed); importing the same \
            files again prints "no changes" and writes nothing. Layouts: docs/organization.md.

            People are never deleted once they have history (evaluations, disputes, coaching, \
            action items, rosters, or a title or reporting line that has started): a people file \
            that no longer lists them is refused, naming them, until it says they leave, with \
            --leaving or a leaves_on column. A leaver stays on record; their titles and reporting \
            lines end the day before they leave, so earlier days still resolve.
            """)

    @Argument(help: ArgumentHelp("Organisation files: .yaml/.yml or .csv.", valueName: "file"))
    var files: [String]

    @Flag(name: .customLong("dry-run"), help: "Read, check and show the changes; store nothing.")
    var dryRun = false

    @Option(name: .customLong("level-policy"), help: ArgumentHelp(
        "A manager whose role level is not above their report's: error, warning or ignore.", valueName: "policy"))
    var levelPolicy: LevelPolicyArgument = .error

    @Option(name: .customLong("leaving"), help: ArgumentHelp(
        "A person who leaves, with the first day they are no longer in the organisation (a date YYYY-MM-DD); "
            + "their titles and reporting lines end the day before. Repeatable; overrides a leaves_on column.",
        valueName: "person=date"))
    var leaving: [Leaver] = []

    @Flag(name: .long, help: "Create the database when it does not exist yet (otherwise only headset init creates one).")
    var create = false

    @OptionGroup var database: DatabaseOptions

    /// `--leaving ben.brown=2026-07-01`.
    struct Leaver: ExpressibleByArgument {
        let person: String
        let leavesOn: LocalDate

        init?(argument: String) {
            guard let equals = argument.lastIndex(of: "=") else { return nil }
            let person = argument[..<equals].trimmingCharacters(in: .whitespaces)
            guard !person.isEmpty, let date = LocalDate(argument[argument.index(after: equals)...]
                .trimmingCharacters(in: .whitespaces)) else { return nil }
            self.person = person
            leavesOn = date
        }
    }

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one organisation file") }
        var seen: [String: LocalDate] = [:]
        for leaver in leaving {
            if let earlier = seen[leaver.person], earlier != leaver.leavesOn {
                throw ValidationError("--leaving gives \(leaver.person) two dates, \(earlier) and \(leaver.leavesOn)")
            }
            seen[leaver.person] = leaver.leavesOn
        }
    }

    private var leavers: [String: LocalDate] {
        Dictionary(leaving.map { ($0.person, $0.leavesOn) }, uniquingKeysWith: { first, _ in first })
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
        if !exists {
            // Checked before the database is created, so bad files leave nothing behind.
            let checked = try OrganizationService.check(document, policy: policy, leaving: leavers)
            if dryRun {
                result = checked
            } else {
                let centre = try database.writableCentre(create: create)
                defer { try? centre.close() }
                result = try OrganizationService(centre: centre).importOrganization(
                    document, policy: policy, leaving: leavers, dryRun: false, operatorName: database.resolvedActor)
            }
        } else {
            let centre = dryRun ? try database.centre(.read) : try database.writableCentre(create: false)
            defer { try? centre.close() }
            result = try OrganizationService(centre: centre).importOrganization(
                document, policy: policy, leaving: leavers, dryRun: dryRun, operatorName: database.resolvedActor)
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
}
