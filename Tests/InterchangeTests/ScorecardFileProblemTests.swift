import Interchange
import Quality
import Testing

/// `Scorecard.validate()` problems are reported at the line and column of the field in the file,
/// with the path spelt as the file spells it, all of them and in file order.
@Suite("Scorecard files: validation problems located")
struct ScorecardFileProblemTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let replacements: [Int: String]
        /// Every problem as printed: `file:line:column: field 'path' (ids): message`.
        let expected: [String]

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "key with a space", replacements: [1: "key: focus card"],
             expected: ["card.yaml:1:6: field 'key': 'focus card' must not contain spaces or other white space"]),
        Case(name: "version 0", replacements: [2: "version: 0"],
             expected: ["card.yaml:2:10: field 'version': version must be 1 or more, found 0"]),
        Case(name: "blank title", replacements: [4: "title: ' '"],
             expected: ["card.yaml:4:8: field 'title': must not be empty"]),
        Case(name: "malformed language code", replacements: [5: "translations: { l1: Žemaitės kortelė }"],
             expected: ["card.yaml:5:21: field 'translations.l1': 'l1' is not a language code (like en, lt, nb-NO)"]),
        Case(name: "empty description translation", replacements: [8: "  translations: { hr: '' }"],
             expected: ["card.yaml:8:23: field 'description.translations.hr': the hr translation is empty"]),
        Case(name: "no channels", replacements: [9: "channels: []"],
             expected: ["card.yaml:9:11: field 'channels': list at least one channel (voice, email, chat, letter, fax, in-person)"]),
        Case(name: "pass mark over 100", replacements: [10: "pass_mark: 120"],
             expected: ["card.yaml:10:12: field 'pass_mark': pass mark must be more than 0 % and at most 100 %, found 120"]),
        Case(name: "section weight 0", replacements: [15: "    weight: 0"],
             expected: ["card.yaml:15:13: field 'sections[0].weight' (section 'opening'): weight must be more than 0, found 0"]),
        Case(name: "an empty translation under a normalised code is shown as written", replacements: [14: "    translations: { LV_lv: ' ' }"],
             expected: ["card.yaml:14:28: field 'sections[0].translations.LV_lv' (section 'opening'): the lv-LV translation is empty"]),
        Case(name: "a scale value used twice",
             replacements: [22: "          - { value: 2, label: Full }\n          - { value: 2, label: Again }"],
             expected: ["card.yaml:23:22: field 'sections[0].criteria[0].points[2].value' (criterion 'greeting'): scale value 2 is used twice"]),
        Case(name: "a negative scale that earns nothing", replacements: [21: "          - { value: -1, label: None }", 22: "          - { value: 0, label: Full }"],
             expected: ["card.yaml:21:11: field 'sections[0].criteria[0].points' (criterion 'greeting'): the highest scale value must be more than 0",
                        "card.yaml:21:22: field 'sections[0].criteria[0].points[0].value' (criterion 'greeting'): "
                            + "scale values are points earned and must be 0 or more, found -1"]),
        Case(name: "an empty scale point label translation", replacements: [22: "          - { value: 2, label: Full, translations: { nb: '' } }"],
             expected: ["card.yaml:22:58: field 'sections[0].criteria[0].points[1].translations.nb' (criterion 'greeting'): the nb translation is empty"]),
        Case(name: "criterion weight -1", replacements: [29: "        weight: -1"],
             expected: ["card.yaml:29:17: field 'sections[0].criteria[1].weight' (criterion 'verify-identity'): weight must be more than 0, found -1"]),
        Case(name: "a repeated criterion id names the first use and its line", replacements: [34: "      - id: greeting"],
             expected: ["card.yaml:34:13: field 'sections[1].criteria[0].id' (criterion 'greeting'): "
                            + "criterion id 'greeting' is already used at sections[0].criteria[0] (line 17)"]),
        Case(name: "a failing choice that earns the best points",
             replacements: [42: "          - { id: wrong, label: Wrong, points: 3, fails_critical: true }"],
             expected: ["card.yaml:42:67: field 'sections[1].criteria[0].choices[1].fails_critical' (criterion 'resolved'): "
                            + "choice 'wrong' fails the critical rule yet earns the best points"]),
        Case(name: "fails_critical on a criterion that is not critical", replacements: [44: ""],
             expected: ["card.yaml:42:125: field 'sections[1].criteria[0].choices[1].fails_critical' (criterion 'resolved'): "
                            + "choice 'wrong' is marked fails-critical but the criterion is not critical"]),
        Case(name: "choices that earn nothing", replacements: [41: "          - { id: full, label: Fully, points: -3 }"],
             expected: ["card.yaml:41:11: field 'sections[1].criteria[0].choices' (criterion 'resolved'): at least one choice must earn more than 0 points",
                        "card.yaml:41:47: field 'sections[1].criteria[0].choices[0].points' (criterion 'resolved'): choice points must be 0 or more, found -3"]),
        Case(name: "an empty guidance translation", replacements: [38: "          translations: { lt: '' }"],
             expected: ["card.yaml:38:31: field 'sections[1].criteria[0].guidance.translations.lt' (criterion 'resolved'): the lt translation is empty"]),
        Case(name: "a critical bonus criterion",
             replacements: [48: "        bonus_points: 2.5\n        critical: { class: business, effect: fail-section }"],
             expected: ["card.yaml:49:19: field 'sections[1].criteria[1].critical' (criterion 'extra-mile'): a bonus criterion cannot be critical"]),
        Case(name: "zero bonus points", replacements: [48: "        bonus_points: 0"],
             expected: ["card.yaml:48:23: field 'sections[1].criteria[1].bonus_points' (criterion 'extra-mile'): bonus points must be more than 0, found 0"]),
    ]

    @Test("each problem at its line, column and field", arguments: cases)
    func located(_ item: Case) {
        let problems = ScorecardFileFixture.problems(ScorecardFileFixture.replacingLines(item.replacements))
        #expect(problems.map(\.description) == item.expected)
        #expect(problems.allSatisfy { $0.file == "card.yaml" })
    }

    @Test("a section without criteria, and one with only bonus criteria, point at the criteria list")
    func emptySections() {
        let empty = ScorecardFileFixture.replacingLines([33: "    criteria: []", 34: "", 35: "", 36: "", 37: "", 38: "", 39: "", 40: "",
                                                        41: "", 42: "", 43: "", 44: "", 45: "", 46: "", 47: "", 48: ""])
        #expect(ScorecardFileFixture.problems(empty).map(\.description) == [
            "card.yaml:33:15: field 'sections[1].criteria' (section 'resolution'): a section needs at least one criterion",
        ])
        let onlyBonus = ScorecardFileFixture.replacingLines([34: "", 35: "", 36: "", 37: "", 38: "", 39: "", 40: "", 41: "", 42: "",
                                                            43: "", 44: ""])
        #expect(ScorecardFileFixture.problems(onlyBonus).first?.message
            == "a section needs at least one criterion that is not a bonus, or it can never be scored")
    }

    @Test("every problem is reported at once, in file order")
    func allProblems() {
        let yaml = ScorecardFileFixture.replacingLines([
            29: "        weight: 0", 2: "version: 0", 15: "    weight: -2", 10: "pass_mark: 0", 48: "        bonus_points: -1",
        ])
        let problems = ScorecardFileFixture.problems(yaml, source: "scorecards/email.yaml")
        #expect(problems.map(\.line) == [2, 10, 15, 29, 48])
        #expect(problems.map(\.field) == ["version", "pass_mark", "sections[0].weight", "sections[0].criteria[1].weight",
                                          "sections[1].criteria[1].bonus_points"])
        #expect(problems[3].description
            == "scorecards/email.yaml:29:17: field 'sections[0].criteria[1].weight' (criterion 'verify-identity'): weight must be more than 0, found 0")
        let error = QualityFileError.problems(problems)
        #expect(error.messages.count == 5)
        #expect(error.description.split(separator: "\n").count == 5)
    }

    @Test("a card changed after loading is still located by the file's index")
    func locatedAfterLoading() throws {
        let file = try ScorecardFileFixture.parse(ScorecardFileFixture.yaml)
        var changed = file.scorecard
        changed.sections[1].criteria[0].weight = 0
        #expect(file.located(changed.validate()).map { "\($0.line):\($0.column) \($0.field)" } == ["43:17 sections[1].criteria[0].weight"])
    }
}
