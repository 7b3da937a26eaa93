import Foundation
import Interchange
import Quality

/// A scorecard file that uses every field, small enough to know its line numbers by heart, and
/// the card it decodes to. Tests change one line at a time and expect problems at that line.
enum ScorecardFileFixture {
    /// Line numbers matter: tests name them. Names with Ž, Ķ, Ć, Å check letters survive.
    static let yaml = """
        key: focus-card
        version: 3
        status: retired
        title: Focus card
        translations: { lt: Žemaitės kortelė, nb: Kort for Ålesund }
        description:
          text: A card that uses every field.
          translations: { hr: Kartica za Ćorić }
        channels: [voice, in-person, voice]
        pass_mark: 75.5
        sections:
          - id: opening
            title: Opening
            translations: { lv: Ķemeru atklāšana }
            weight: 2.5
            criteria:
              - id: greeting
                label: Greeted
                type: scale
                points:
                  - { value: 0, label: None }
                  - { value: 2, label: Full, translations: { nb: Full hilsen } }
                na_allowed: true
              - id: verify-identity
                label: Verified identity
                translations: { nb: Bekreftet identitet }
                guidance: Two identifiers before any account detail.
                type: yes-no
                weight: 2
                critical: { class: compliance, effect: fail-evaluation }
          - id: resolution
            title: Resolution
            criteria:
              - id: resolved
                label: Resolved
                guidance:
                  text: Judge from the customer's side.
                  translations: { lt: Vertinkite kliento požiūriu. }
                type: choice
                choices:
                  - { id: full, label: Fully, points: 3 }
                  - { id: wrong, label: Wrong information, translations: { lt: Neteisinga informacija }, points: 0, fails_critical: true }
                weight: 3
                critical: { class: customer, effect: fail-section }
              - id: extra-mile
                label: Went the extra mile
                type: yes-no
                bonus_points: 2.5

        """

    static let card = Quality.Scorecard(
        key: "focus-card", version: 3, status: .retired,
        title: TranslatedText("Focus card", translations: ["lt": "Žemaitės kortelė", "nb": "Kort for Ålesund"]),
        description: TranslatedText("A card that uses every field.", translations: ["hr": "Kartica za Ćorić"]),
        channels: [.voice, .inPerson],
        sections: [
            ScorecardSection(id: "opening", title: TranslatedText("Opening", translations: ["lv": "Ķemeru atklāšana"]), weight: 2.5, criteria: [
                Criterion(id: "greeting", label: "Greeted",
                          kind: .scale([ScalePoint(value: 0, label: "None"),
                                        ScalePoint(value: 2, label: TranslatedText("Full", translations: ["nb": "Full hilsen"]))]),
                          naAllowed: true),
                Criterion(id: "verify-identity", label: TranslatedText("Verified identity", translations: ["nb": "Bekreftet identitet"]),
                          guidance: "Two identifiers before any account detail.", kind: .yesNo, weight: 2,
                          critical: CriticalRule(class: .compliance, effect: .failEvaluation)),
            ]),
            ScorecardSection(id: "resolution", title: "Resolution", criteria: [
                Criterion(id: "resolved", label: "Resolved",
                          guidance: TranslatedText("Judge from the customer's side.", translations: ["lt": "Vertinkite kliento požiūriu."]),
                          kind: .multipleChoice([
                              Choice(id: "full", label: "Fully", points: 3),
                              Choice(id: "wrong", label: TranslatedText("Wrong information", translations: ["lt": "Neteisinga informacija"]),
                                     points: 0, failsCritical: true),
                          ]),
                          weight: 3, critical: CriticalRule(class: .customer, effect: .failSection)),
                Criterion(id: "extra-mile", label: "Went the extra mile", kind: .yesNo, bonusPoints: 2.5),
            ]),
        ],
        passMark: 75.5)

    /// The fixture with line `number` (1-based) replaced by `text` (which may hold several lines).
    static func replacingLine(_ number: Int, with text: String) -> String {
        var lines = yaml.components(separatedBy: "\n")
        lines[number - 1] = text
        return lines.joined(separator: "\n")
    }

    /// The fixture with several lines replaced at once.
    static func replacingLines(_ replacements: [Int: String]) -> String {
        var lines = yaml.components(separatedBy: "\n")
        for (number, text) in replacements { lines[number - 1] = text }
        return lines.joined(separator: "\n")
    }

    static func parse(_ text: String, source: String = "card.yaml") throws(QualityFileError) -> ScorecardFile {
        try ScorecardFile.parse(yaml: text, source: source)
    }

    /// The problems `text` has; records an issue when it loads or fails to decode instead.
    static func problems(_ text: String, source: String = "card.yaml") -> [QualityFileProblem] {
        do {
            _ = try parse(text, source: source)
            return []
        } catch {
            guard case .problems(let problems) = error else { return [] }
            return problems
        }
    }

    /// The decoding error of `text`, or nil when it decodes.
    static func decodingError(_ text: String, source: String = "card.yaml") -> InterchangeError? {
        do {
            _ = try parse(text, source: source)
            return nil
        } catch {
            guard case .file(let error) = error else { return nil }
            return error
        }
    }

    /// The repository's `scorecards/` directory.
    static let scorecardsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scorecards")

    static let shippedCards = ["voice-call", "email", "chat", "letter"]
}
