import Foundation
import Interchange
import Quality
import Testing

/// Scorecard files decode into `Quality.Scorecard` field by field, with the defaults the format
/// promises, and refuse what they cannot read with the file, line, column and field.
@Suite("Scorecard files: decoding")
struct ScorecardFileTests {
    @Test("every field of the format decodes into the scorecard")
    func everyField() throws {
        let file = try ScorecardFileFixture.parse(ScorecardFileFixture.yaml)
        #expect(file.scorecard == ScorecardFileFixture.card)
        #expect(file.source == "card.yaml")
    }

    @Test("status defaults to draft, weights to 1, na_allowed to false; description and pass_mark are optional")
    func defaults() throws {
        let yaml = """
            key: small
            version: 1
            title: Small
            channels: [chat]
            sections:
              - id: only
                title: Only
                criteria:
                  - { id: asked, label: Asked, type: yes-no }
                  - { id: told, label: Told, type: yes-no }
            """
        let card = try ScorecardFile.parse(yaml: yaml, source: "small.yaml").scorecard
        #expect(card.status == .draft)
        #expect(card.passMark == nil && card.description == nil)
        #expect(card.sections[0].weight == 1)
        #expect(card.criteria.map(\.criterion.weight) == [1, 1])
        #expect(card.criteria.allSatisfy { !$0.criterion.naAllowed && $0.criterion.critical == nil && !$0.criterion.isBonus })
    }

    @Test("letters outside Latin-1 in titles and translations come back byte for byte")
    func unicodeTranslations() throws {
        let card = try ScorecardFileFixture.parse(ScorecardFileFixture.yaml).scorecard
        let texts = [card.title.translations["lt"], card.title.translations["nb"], card.description?.translations["hr"],
                     card.sections[0].title.translations["lv"]]
        #expect(texts.map { $0.map { Array($0.utf8) } } == ["Žemaitės kortelė", "Kort for Ålesund", "Kartica za Ćorić", "Ķemeru atklāšana"]
            .map { Array($0.utf8) })
        let decomposed = "Z\u{030C}emaite\u{0307}"   // Žemaitė written as NFD
        let nfd = ScorecardFileFixture.replacingLine(13, with: "    title: \(decomposed)")
        #expect(Array(try ScorecardFileFixture.parse(nfd).scorecard.sections[0].title.text.utf8) == Array(decomposed.utf8))
    }

    @Test("language codes are normalised as TranslatedText does; nb_no reads as nb-NO")
    func languageCodes() throws {
        let yaml = ScorecardFileFixture.replacingLine(5, with: "translations: { LT: Žemaitės kortelė, nb_no: Kort }")
        let card = try ScorecardFileFixture.parse(yaml).scorecard
        #expect(card.title.translations == ["lt": "Žemaitės kortelė", "nb-NO": "Kort"])
        #expect(card.title.text(for: "nb") == "Kort")
    }

    @Test("loads from disk; errors name the path as given")
    func fromDisk() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("focus.yaml")
        try ScorecardFileFixture.yaml.write(to: url, atomically: true, encoding: .utf8)
        #expect(try ScorecardFile.load(from: url).scorecard == ScorecardFileFixture.card)
        let missing = directory.url.appendingPathComponent("missing.yaml")
        #expect(throws: QualityFileError.self) { try ScorecardFile.load(from: missing) }
        do {
            _ = try ScorecardFile.load(from: missing)
        } catch {
            #expect(error.description.hasPrefix(missing.path + ": cannot read the file"))
        }
    }

    // MARK: Decoding errors: the first one, located

    @Test("an unknown key is refused with the closest known key")
    func unknownKey() {
        let yaml = ScorecardFileFixture.replacingLine(29, with: "        wieght: 2")
        #expect(ScorecardFileFixture.decodingError(yaml) == .yamlUnknownKey(
            file: "card.yaml", line: 29, column: 9, field: "sections[0].criteria[1].wieght", suggestion: "weight"))
        let topLevel = ScorecardFileFixture.replacingLine(10, with: "passmark: 75.5")
        #expect(ScorecardFileFixture.decodingError(topLevel) == .yamlUnknownKey(
            file: "card.yaml", line: 10, column: 1, field: "passmark", suggestion: "pass_mark"))
    }

    @Test("an unknown type, class, effect, status or channel lists the accepted values")
    func unknownValues() {
        let cases: [(line: Int, text: String, field: String, column: Int, accepted: String)] = [
            (28, "        type: yesno", "sections[0].criteria[1].type", 15, "'yes-no', 'scale', 'choice'"),
            (30, "        critical: { class: legal, effect: fail-evaluation }", "sections[0].criteria[1].critical.class", 28,
             "'customer', 'business', 'compliance'"),
            (30, "        critical: { class: compliance, effect: fail }", "sections[0].criteria[1].critical.effect", 48,
             "'fail-section', 'fail-evaluation'"),
            (3, "status: live", "status", 9, "'draft', 'published', 'retired'"),
            (9, "channels: [voice, phone]", "channels[1]", 19, "'voice', 'email', 'chat', 'letter', 'fax', 'in-person'"),
        ]
        for item in cases {
            let error = ScorecardFileFixture.decodingError(ScorecardFileFixture.replacingLine(item.line, with: item.text))
            guard case let .yamlInvalidValue(file, line, column, field, message)? = error else {
                Issue.record("line \(item.line): expected an invalid value, got \(String(describing: error))")
                continue
            }
            #expect(file == "card.yaml" && line == item.line && column == item.column && field == item.field)
            #expect(message.contains(item.accepted), "\(message)")
        }
    }

    @Test("points on a yes-no criterion and choices on a scale are refused rather than ignored")
    func listsForTheWrongType() {
        let points = ScorecardFileFixture.replacingLine(28, with: "        type: yes-no\n        points: [{ value: 1, label: One }]")
        guard case let .yamlInvalidValue(_, line, _, field, message)? = ScorecardFileFixture.decodingError(points) else {
            Issue.record("expected an invalid value")
            return
        }
        #expect(line == 29 && field == "sections[0].criteria[1].points")
        #expect(message == "'points' is only for type: scale; this criterion is type: yes-no")
        let choices = ScorecardFileFixture.replacingLine(19, with: "        type: scale\n        choices: []")
        guard case let .yamlInvalidValue(_, _, _, choicesField, choicesMessage)? = ScorecardFileFixture.decodingError(choices) else {
            Issue.record("expected an invalid value")
            return
        }
        #expect(choicesField == "sections[0].criteria[0].choices")
        #expect(choicesMessage.contains("only for type: choice"))
    }

    @Test("a missing required field names the mapping that lacks it")
    func missingField() {
        let yaml = ScorecardFileFixture.replacingLine(28, with: "")
        #expect(ScorecardFileFixture.decodingError(yaml) == .yamlMissingKey(
            file: "card.yaml", line: 24, column: 9, field: "sections[0].criteria[1].type"))
        let noPoints = ScorecardFileFixture.replacingLines([20: "", 21: "", 22: ""])
        #expect(ScorecardFileFixture.decodingError(noPoints) == .yamlMissingKey(
            file: "card.yaml", line: 17, column: 9, field: "sections[0].criteria[0].points"))
    }

    @Test("two spellings of one language (lt and LT) are refused: one text would be lost")
    func sameLanguageTwice() {
        let yaml = ScorecardFileFixture.replacingLine(26, with: "        translations: { nb: Bekreftet, NB: Bekreftet identitet }")
        guard case let .yamlInvalidValue(_, line, _, field, message)? = ScorecardFileFixture.decodingError(yaml) else {
            Issue.record("expected an invalid value")
            return
        }
        #expect(line == 26 && field == "sections[0].criteria[1].translations.nb")
        #expect(message == "'nb' and 'NB' are the same language (nb); keep one")
    }

    @Test("YAML syntax errors and wrong types come back as located file errors")
    func syntaxAndTypes() {
        let weight = ScorecardFileFixture.replacingLine(15, with: "    weight: heavy")
        #expect(ScorecardFileFixture.decodingError(weight) == .yamlTypeMismatch(
            file: "card.yaml", line: 15, column: 13, field: "sections[0].weight", expected: "a number", found: "'heavy'"))
        let syntax = ScorecardFileFixture.replacingLine(21, with: "          - { value: 0, label: None")
        #expect(ScorecardFileFixture.decodingError(syntax)?.description.hasPrefix("card.yaml:") == true)
    }
}
