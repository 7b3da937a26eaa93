import Foundation
import Testing

/// `headset qa scorecard validate` and `show` on the shipped cards and on broken ones.
@Suite("headset qa scorecard")
struct QaScorecardCommandTests {
    @Test("each shipped scorecard validates", arguments: QaScoreFiles.cards)
    func shippedCardValidates(name: String) throws {
        let result = try QaScoreFiles.run(["qa", "scorecard", "validate", QaScoreFiles.card(name)])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix(QaScoreFiles.card(name) + ": ok (\(name) v1, published, "))
        #expect(result.standardError.isEmpty)
    }

    @Test("validate reports every problem of every file with file:line:column, 'ok' for the rest, and exits 1")
    func validateReportsAll() throws {
        var broken = try QaScoreFiles.text(QaScoreFiles.card("email"))
        broken = broken.replacingOccurrences(of: "pass_mark: 80", with: "pass_mark: 0")
        broken = broken.replacingOccurrences(of: "    weight: 5\n", with: "    weight: 0\n")
        broken = broken.replacingOccurrences(of: "      - id: empathy\n", with: "      - id: greeting\n")
        let result = try QaScoreFiles.run(["qa", "scorecard", "validate", "scorecards/email.yaml", QaScoreFiles.card("chat")],
                                          files: ["scorecards/email.yaml": broken])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("chat.yaml: ok (chat v1, published, 7 sections, 16 criteria)"))
        let errors = result.standardError.split(separator: "\n").map(String.init)
        #expect(errors.count == 3, "\(errors)")
        #expect(errors.allSatisfy { $0.hasPrefix("headset: error: scorecards/email.yaml:") })
        #expect(errors.contains { $0.contains(":13:12: field 'pass_mark': pass mark must be more than 0 %") })
        #expect(errors.contains { $0.contains("field 'sections[2].weight' (section 'information-policy'): weight must be more than 0, found 0") })
        #expect(errors.contains { $0.contains("criterion id 'greeting' is already used at sections[0].criteria[0] (line 26)") })
    }

    @Test("validate stops a file at its first decoding error and names it with a suggestion")
    func validateDecodingError() throws {
        let card = try QaScoreFiles.text(QaScoreFiles.card("letter")).replacingOccurrences(of: "na_allowed: true", with: "n_a_allowed: true")
        let result = try QaScoreFiles.run(["qa", "scorecard", "validate", "letter.yaml"], files: ["letter.yaml": card])
        #expect(result.status == 1)
        #expect(result.standardError.contains("letter.yaml:") && result.standardError.contains("unknown field 'sections[1].criteria[2].n_a_allowed'; did you mean 'na_allowed'?"))
    }

    @Test("show prints sections, criteria, weights, N/A, critical rules and scale points, translated with --language")
    func showTable() throws {
        let english = try QaScoreFiles.run(["qa", "scorecard", "show", QaScoreFiles.card("voice-call")])
        #expect(english.status == 0, "\(english.standardError)")
        let text = english.standardOutput
        #expect(text.contains("voice-call v1 (published): Voice call"))
        #expect(text.contains("Channels: voice. Pass mark: 80%."))
        #expect(text.contains("compliance-critical: fail-evaluation"))
        #expect(text.contains("+2 bonus"))
        #expect(text.contains("accurate-information: accurate (3 points) Accurate and complete"))
        #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") }, "no trailing spaces")
        let lithuanian = try QaScoreFiles.run(["qa", "scorecard", "show", QaScoreFiles.card("voice-call"), "--language", "lt"])
        #expect(lithuanian.standardOutput.contains("voice-call v1 (published): Telefono skambutis"))
        #expect(lithuanian.standardOutput.contains("Pasisveikinimas ir tapatybės patikrinimas"))
        let norwegian = try QaScoreFiles.run(["qa", "scorecard", "show", QaScoreFiles.card("letter"), "--language", "nb-NO"])
        #expect(norwegian.standardOutput.contains("letter v1 (published): Brev"), "nb-NO falls back to nb")
    }

    @Test("show --format json: the card's keys, texts as {text, translations, localized}, every criterion with the same keys")
    func showJSON() throws {
        let result = try QaScoreFiles.run(["qa", "scorecard", "show", QaScoreFiles.card("email"), "--format", "json", "--language", "hr"])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try QaScoreFiles.json(result)
        #expect(Set(json.keys) == ["key", "version", "status", "title", "description", "channels", "pass_mark", "sections"])
        #expect(json["pass_mark"] as? Double == 80 && json["channels"] as? [String] == ["email"])
        let title = try #require(json["title"] as? [String: Any])
        #expect(title["localized"] as? String == "E-pošta")
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(sections.map { $0["weight"] as? Double ?? 0 }.reduce(0, +) == 20)
        let criteria = sections.flatMap { $0["criteria"] as? [[String: Any]] ?? [] }
        let keys: Set<String> = ["id", "label", "guidance", "type", "weight", "na_allowed", "critical", "bonus_points", "points", "choices"]
        #expect(criteria.allSatisfy { Set($0.keys) == keys })
        let verify = try #require(criteria.first { $0["id"] as? String == "verify-identity" })
        #expect(verify["critical"] as? [String: String] == ["class": "compliance", "effect": "fail-evaluation"])
        let accurate = try #require(criteria.first { $0["id"] as? String == "accurate-information" })
        let choices = try #require(accurate["choices"] as? [[String: Any]])
        #expect(choices.map { $0["fails_critical"] as? Bool } == [false, false, true])
    }

    @Test("every shipped card has its title, section titles and criterion labels in lt, lv, hr and nb", arguments: QaScoreFiles.cards)
    func translations(name: String) throws {
        let json = try QaScoreFiles.json(try QaScoreFiles.run(["qa", "scorecard", "show", QaScoreFiles.card(name), "--format", "json"]))
        var texts = [json["title"] as? [String: Any]]
        let sections = json["sections"] as? [[String: Any]] ?? []
        texts += sections.map { $0["title"] as? [String: Any] }
        texts += sections.flatMap { $0["criteria"] as? [[String: Any]] ?? [] }.map { $0["label"] as? [String: Any] }
        for text in texts {
            let translations = text?["translations"] as? [String: String] ?? [:]
            #expect(Set(translations.keys) == ["lt", "lv", "hr", "nb"], "\(text?["text"] ?? "?")")
            #expect(translations.values.allSatisfy { !$0.isEmpty })
        }
    }

    @Test("a criterion id shared by several shipped cards has the same label, type and critical rule on each")
    func sharedCriterionIDs() throws {
        var seen: [String: (card: String, label: String, type: String, critical: String)] = [:]
        var shared: Set<String> = []
        for name in QaScoreFiles.cards {
            let json = try QaScoreFiles.json(try QaScoreFiles.run(["qa", "scorecard", "show", QaScoreFiles.card(name), "--format", "json"]))
            let criteria = (json["sections"] as? [[String: Any]] ?? []).flatMap { $0["criteria"] as? [[String: Any]] ?? [] }
            for criterion in criteria {
                let id = criterion["id"] as? String ?? ""
                let label = (criterion["label"] as? [String: Any])?["text"] as? String ?? ""
                let type = criterion["type"] as? String ?? ""
                let rule = criterion["critical"] as? [String: String] ?? [:]
                let critical = rule.keys.sorted().map { "\($0)=\(rule[$0] ?? "")" }.joined(separator: ",")
                if let first = seen[id] {
                    shared.insert(id)
                    #expect(first.label == label && first.type == type && first.critical == critical, "\(id) on \(first.card) and \(name)")
                } else {
                    seen[id] = (name, label, type, critical)
                }
            }
        }
        #expect(shared.isSuperset(of: ["greeting", "verify-identity", "accurate-information", "resolution-retention", "empathy",
                                       "record-inquiry-type", "record-question-nature", "record-resolution", "writing-quality"]))
    }

    @Test("Ž, Ķ, Ć, Æ, Ø and Å in translations come back in the JSON byte for byte")
    func unicodeToJSON() throws {
        let card = """
            key: nordic-baltic
            version: 1
            title: Ærlig svar
            translations: { lt: Žemaitės, lv: Ķemeri, hr: Ćorić, nb: Ærlig, da: Øresund, sv: Åland }
            channels: [in-person]
            sections:
              - id: only
                title: Øksnes
                translations: { nb: Bærum og Ålesund }
                criteria:
                  - { id: asked, label: Spurte Åse, translations: { hr: Pitao Đurđu Ćorić }, type: yes-no }
            """
        let result = try QaScoreFiles.run(["qa", "scorecard", "show", "card.yaml", "--format", "json"], files: ["card.yaml": card])
        #expect(result.status == 0, "\(result.standardError)")
        let output = Array(result.standardOutput.utf8)
        for text in ["Ærlig svar", "Žemaitės", "Ķemeri", "Ćorić", "Øresund", "Åland", "Bærum og Ålesund", "Pitao Đurđu Ćorić", "Spurte Åse"] {
            #expect(output.firstRange(of: Array(text.utf8)) != nil, "\(text) missing or escaped")
        }
        let json = try QaScoreFiles.json(result)
        #expect((json["title"] as? [String: Any])?["translations"] as? [String: String]
            == ["lt": "Žemaitės", "lv": "Ķemeri", "hr": "Ćorić", "nb": "Ærlig", "da": "Øresund", "sv": "Åland"])
    }

    @Test("show --format csv: one row per criterion with the file's type names")
    func showCSV() throws {
        let result = try QaScoreFiles.run(["qa", "scorecard", "show", QaScoreFiles.card("chat"), "--format", "csv"])
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first == "section,criterion,label,type,weight,na_allowed,critical_class,critical_effect,bonus_points")
        #expect(lines.count == 17)
        #expect(lines.contains("record-keeping,record-resolution,Recorded the resolution and any follow-up,yes-no,1,false,business,fail-section,"))
    }
}
