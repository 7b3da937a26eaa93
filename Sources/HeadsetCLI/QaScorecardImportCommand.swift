import HeadsetServices
import ArgumentParser
import Foundation
import Interchange
import Quality
import Storage

/// `headset qa scorecard import FILE…`: stores scorecard versions; a published version never changes.
struct QaScorecardImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Store scorecard files in the database (a changed published card must be a new version).",
        discussion: """
            Examples:
              headset qa scorecard import scorecards/*.yaml

            All files are read and checked first; then every card is stored in one audited \
            transaction, or none is. Re-importing an unchanged card changes nothing. A published or \
            retired version is frozen: changing it is refused with the changes listed — give the \
            card the next version number instead. Old evaluations keep the version they were \
            scored with.
            """)

    @Argument(help: ArgumentHelp("Scorecard files (YAML).", valueName: "file"))
    var files: [String]

    @Flag(name: .long, help: "Create the database when it does not exist yet (otherwise only headset init creates one).")
    var create = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let cards = try files.map(QaFiles.scorecard)
        let centre = try database.writableCentre(create: create)
        defer { try? centre.close() }
        let decisions = try QualityService(centre: centre).importScorecards(cards, operatorName: database.resolvedActor)
        for (card, decision) in zip(cards, decisions) {
            print("\(card.scorecard.label) (\(card.source)): \(Self.describe(decision))")
        }
    }

    static func describe(_ decision: ScorecardImportDecision) -> String { decision.description }
}
