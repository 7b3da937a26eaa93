import Testing
@testable import Quality

private typealias Fixture = QualityFixture

@Suite("Scorecard validation names the path and ids of every problem")
struct ScorecardValidationTests {
    @Test("the fixture card is valid")
    func fixtureValid() {
        #expect(Fixture.card.validate().isEmpty)
    }

    @Test("a non-positive weight points at sections[i].criteria[j].weight with both ids")
    func weightPath() throws {
        var card = Fixture.card
        card.sections[1].criteria[1].weight = -1
        let problem = try #require(card.validate().first)
        #expect(card.validate().count == 1)
        #expect(problem.path == "sections[1].criteria[1].weight")
        #expect(problem.sectionID == "compliance")
        #expect(problem.criterionID == "disclosure")
        #expect(problem.field == "weight")
        #expect(problem.kind == .weightNotPositive(-1))
        #expect(problem.description
            == "sections[1].criteria[1].weight (section 'compliance', criterion 'disclosure'): weight must be more than 0, found -1")
    }

    @Test("duplicate section and criterion ids point back at the first use")
    func duplicates() {
        var card = Fixture.card
        card.sections[2].id = "opening"
        card.sections[2].criteria[1].id = "greeting"
        #expect(card.validate().map(\.kind) == [
            .duplicateSectionID("opening", firstPath: "sections[0]"),
            .duplicateCriterionID("greeting", firstPath: "sections[0].criteria[0]"),
        ])
        #expect(card.validate().map(\.path) == ["sections[2].id", "sections[2].criteria[1].id"])
    }

    @Test("card fields: key, version, title, channels, sections, pass mark")
    func cardFields() {
        let card = Scorecard(key: "voice call", version: 0, title: " ", channels: [], sections: [], passMark: 120)
        #expect(card.validate().map(\.path) == ["key", "version", "title", "channels", "passMark", "sections"])
        #expect(card.validate().map(\.kind) == [
            .invalidIdentifier("voice call"), .versionNotPositive(0), .emptyText, .noChannels,
            .passMarkOutOfRange(120), .noSections,
        ])
    }

    @Test("an empty section and a section of only bonus criteria are refused")
    func emptyAndBonusOnlySections() {
        var card = Fixture.card
        card.sections.append(ScorecardSection(id: "empty", title: "Empty", criteria: []))
        card.sections.append(ScorecardSection(id: "extras", title: "Extras", criteria: [
            Criterion(id: "wow", label: "Wow", kind: .yesNo, bonusPoints: 3),
        ]))
        #expect(card.validate().map(\.kind) == [.emptySection, .onlyBonusCriteria])
        #expect(card.validate().map(\.path) == ["sections[3].criteria", "sections[4].criteria"])
    }

    @Test("scales need two or more distinct points of 0 or more, the top above 0")
    func scales() {
        let card = Fixture.singleSection([
            Criterion(id: "one", label: "One", kind: .scale([ScalePoint(value: 1, label: "Only")])),
            Criterion(id: "twice", label: "Twice", kind: .scale([ScalePoint(value: 0, label: "No"), ScalePoint(value: 2, label: "Yes"),
                                                                  ScalePoint(value: 2, label: "Also yes")])),
            Criterion(id: "negative", label: "Negative", kind: .scale([ScalePoint(value: -1, label: "Bad"), ScalePoint(value: 1, label: "Good")])),
            Criterion(id: "zero", label: "Zero", kind: .scale([ScalePoint(value: 0, label: "A"), ScalePoint(value: 0, label: "B")])),
        ])
        let problems = card.validate()
        #expect(problems.map(\.kind) == [
            .tooFewScalePoints(1),
            .duplicateScaleValue(2),
            .negativeScaleValue(-1),
            .duplicateScaleValue(0), .scaleEarnsNothing,
        ])
        #expect(problems.map(\.path) == [
            "sections[0].criteria[0].scale", "sections[0].criteria[1].scale[2].value",
            "sections[0].criteria[2].scale[0].value", "sections[0].criteria[3].scale[1].value",
            "sections[0].criteria[3].scale",
        ])
    }

    @Test("choices need two or more distinct ids, points of 0 or more, and some points to earn")
    func choices() {
        let card = Fixture.singleSection([
            Criterion(id: "single", label: "Single", kind: .multipleChoice([Choice(id: "a", label: "A", points: 1)])),
            Criterion(id: "repeated", label: "Repeated", kind: .multipleChoice([Choice(id: "a", label: "A", points: 1),
                                                                                Choice(id: "a", label: "A again", points: 0)])),
            Criterion(id: "pointless", label: "Pointless", kind: .multipleChoice([Choice(id: "a", label: "A", points: 0),
                                                                                  Choice(id: "b", label: "B", points: -2)])),
        ])
        #expect(card.validate().map(\.kind) == [
            .tooFewChoices(1),
            .duplicateChoiceID("a"),
            .invalidChoicePoints(-2), .choicesEarnNothing,
        ])
        #expect(card.validate()[2].path == "sections[0].criteria[2].choices[1].points")
    }

    @Test("fails-critical choices: required on critical criteria, refused elsewhere and on the best choice")
    func failingChoices() {
        let critical = CriticalRule(class: .customer, effect: .failSection)
        let card = Fixture.singleSection([
            Criterion(id: "no-fail", label: "No failing choice", kind: .multipleChoice([
                Choice(id: "good", label: "Good", points: 1), Choice(id: "bad", label: "Bad", points: 0)]), critical: critical),
            Criterion(id: "not-critical", label: "Not critical", kind: .multipleChoice([
                Choice(id: "good", label: "Good", points: 1), Choice(id: "bad", label: "Bad", points: 0, failsCritical: true)])),
            Criterion(id: "best-fails", label: "Best fails", kind: .multipleChoice([
                Choice(id: "good", label: "Good", points: 1, failsCritical: true), Choice(id: "bad", label: "Bad", points: 0)]),
                      critical: critical),
        ])
        #expect(card.validate().map(\.kind) == [
            .criticalWithoutFailingChoice,
            .failingChoiceOnNonCriticalCriterion("bad"),
            .failingChoiceEarnsBestPoints("good"),
        ])
    }

    @Test("a bonus criterion may not be critical and needs positive points")
    func bonusRules() {
        let card = Fixture.singleSection([
            Criterion(id: "base", label: "Base", kind: .yesNo),
            Criterion(id: "critical-bonus", label: "Critical bonus", kind: .yesNo,
                      critical: CriticalRule(class: .business, effect: .failSection), bonusPoints: 2),
            Criterion(id: "free-bonus", label: "Free bonus", kind: .yesNo, bonusPoints: 0),
        ])
        #expect(card.validate().map(\.kind) == [.bonusCriterionIsCritical, .bonusPointsNotPositive(0)])
        #expect(card.validate().map(\.path) == ["sections[0].criteria[1].critical", "sections[0].criteria[2].bonusPoints"])
    }

    @Test("translations need language codes and text")
    func translations() {
        var card = Fixture.card
        card.title = TranslatedText("Voice call", translations: ["lt": "", "english!": "Voice"])
        card.sections[0].criteria[0].label = TranslatedText("", translations: ["hr": "Pozdrav"])
        let problems = card.validate()
        #expect(problems.map(\.kind) == [
            .invalidLanguageCode("english!"), .emptyTranslation(language: "lt"), .emptyText,
        ])
        #expect(problems.map(\.path) == [
            "title.translations.english!", "title.translations.lt", "sections[0].criteria[0].label",
        ])
    }

    @Test("weights that are not numbers are refused like non-positive ones")
    func notANumber() {
        var card = Fixture.card
        card.sections[2].weight = .nan
        #expect(card.validate().map(\.path) == ["sections[2].weight"])
    }
}
