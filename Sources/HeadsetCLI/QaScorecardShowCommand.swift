import HeadsetServices
import ArgumentParser
import Foundation
import Interchange
import Quality

/// `headset qa scorecard show FILE`: sections, criteria, weights, N/A, critical rules and the
/// labelled answers, in the original language or a translation.
struct QaScorecardShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a scorecard: sections, criteria, weights, N/A, critical rules, answers.",
        discussion: """
            Examples:
              headset qa scorecard show scorecards/voice-call.yaml
              headset qa scorecard show scorecards/email.yaml --language lt
              headset qa scorecard show scorecards/chat.yaml --format json

            JSON: key, version, status, title, description, channels, pass_mark (percent) and \
            sections (id, title, weight, criteria: id, label, guidance, type, weight, na_allowed, \
            critical {class, effect}, bonus_points, points, choices); every text is an object \
            {text, translations, localized}. CSV: one row per criterion. See docs/quality.md.
            """)

    @Argument(help: ArgumentHelp("Scorecard YAML file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Show texts in this language (lt, lv, hr, nb, …) where translated.", valueName: "code"))
    var language: String?

    @OptionGroup var output: FormatOption

    func run() throws {
        let card = try QaFiles.scorecard(file).scorecard
        switch output.format {
        case .json:
            print(JSONOutput.encode(QaScorecardReport(card, language: language)))
        case .csv:
            print(CSVWriter.encode(header: ["section", "criterion", "label", "type", "weight", "na_allowed", "critical_class",
                                            "critical_effect", "bonus_points"],
                                   rows: card.criteria.map { csvRow(section: $0.section, criterion: $0.criterion) }),
                  terminator: "")
        case .table:
            print(QaTableText.withoutTrailingSpaces(text(card)))
        }
    }

    private func localized(_ text: TranslatedText) -> String {
        language.map { text.text(for: $0) } ?? text.text
    }

    private func csvRow(section: ScorecardSection, criterion: Criterion) -> [String] {
        [section.id, criterion.id, localized(criterion.label), Self.fileTypeName(criterion.kind), NumberText.short(criterion.weight),
         criterion.naAllowed ? "true" : "false", criterion.critical?.criticalClass.rawValue ?? "",
         criterion.critical?.effect.rawValue ?? "", criterion.bonusPoints.map(NumberText.short) ?? ""]
    }

    private func text(_ card: Scorecard) -> String {
        var lines = ["\(card.label) (\(card.status)): \(localized(card.title))"]
        let channels = InteractionChannel.allCases.filter(card.channels.contains).map(\.rawValue).joined(separator: ", ")
        lines.append("Channels: \(channels). " + (card.passMark.map { "Pass mark: \(NumberText.short($0))%." } ?? "No pass mark."))
        if let description = card.description { lines.append(localized(description)) }
        lines.append("")

        let totalWeight = card.sections.reduce(0) { $0 + $1.weight }
        var rows: [[String]] = []
        for section in card.sections {
            let share = totalWeight > 0 ? " (\(NumberText.short((100 * section.weight / totalWeight * 10).rounded() / 10))%)" : ""
            rows.append([section.id, localized(section.title), "", NumberText.short(section.weight) + share, "", ""])
            for criterion in section.criteria {
                let weight = criterion.bonusPoints.map { "+\(NumberText.short($0)) bonus" } ?? NumberText.short(criterion.weight)
                let critical = criterion.critical.map { "\($0.criticalClass): \($0.effect)" } ?? ""
                rows.append(["  " + criterion.id, localized(criterion.label), Self.typeName(criterion.kind), weight,
                             criterion.naAllowed ? "yes" : "", critical])
            }
        }
        lines.append(TextTable(headers: ["section / criterion", "label", "type", "weight", "N/A", "critical"], rows: rows).rendered())

        let answers = card.criteria.compactMap { pair in answerLine(pair.criterion) }
        if !answers.isEmpty {
            lines += ["", "Scale points and choices:"] + answers
        }
        return lines.joined(separator: "\n")
    }

    /// `  greeting: 0 No greeting | 1 … | 2 …` for scales and choices; nil for yes/no.
    private func answerLine(_ criterion: Criterion) -> String? {
        switch criterion.kind {
        case .yesNo:
            return nil
        case .scale(let points):
            return "  \(criterion.id): " + points.map { "\($0.value) \(localized($0.label))" }.joined(separator: " | ")
        case .multipleChoice(let choices):
            return "  \(criterion.id): " + choices.map { choice in
                let fails = choice.failsCritical ? ", fails critical" : ""
                return "\(choice.id) (\(NumberText.short(choice.points)) points\(fails)) \(localized(choice.label))"
            }.joined(separator: " | ")
        }
    }

    /// `yes-no`, `scale`, `choice`, as the file writes them.
    static func fileTypeName(_ kind: CriterionKind) -> String {
        switch kind {
        case .yesNo: return "yes-no"
        case .scale: return "scale"
        case .multipleChoice: return "choice"
        }
    }

    /// `yes-no`, `scale 0–3`, `choice`: the file's type names, with a scale's range.
    static func typeName(_ kind: CriterionKind) -> String {
        switch kind {
        case .yesNo: return "yes-no"
        case .scale(let points):
            let values = points.map(\.value)
            return "scale \(values.min() ?? 0)–\(values.max() ?? 0)"
        case .multipleChoice: return "choice"
        }
    }
}
