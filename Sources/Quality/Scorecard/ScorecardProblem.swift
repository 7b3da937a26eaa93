/// One thing wrong with a scorecard definition, with the path to the offending field.
///
/// `path` uses 0-based indexes in file order, `sections[2].criteria[1].weight`, so the YAML
/// layer can map it to a line; `sectionID` and `criterionID` name the ids around the field for
/// people (and stay right when the YAML layer has no line).
///
/// ```text
/// sections[2].criteria[1].weight (section 'compliance', criterion 'verify-identity'): weight must be more than 0, found -1
/// ```
public struct ScorecardProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// A key or id is empty or holds white space.
        case invalidIdentifier(String)
        /// The version number is below 1.
        case versionNotPositive(Int)
        /// A title or label has no text.
        case emptyText
        /// A translation's language code is not a language code (`en`, `nb-NO`).
        case invalidLanguageCode(String)
        /// A translation is empty.
        case emptyTranslation(language: String)
        /// The card lists no channel.
        case noChannels
        /// The card has no section.
        case noSections
        /// A section has no criterion.
        case emptySection
        /// A section holds only bonus criteria, so it could never score.
        case onlyBonusCriteria
        /// Two sections share an id; `firstPath` is where it was first used.
        case duplicateSectionID(String, firstPath: String)
        /// Two criteria of the card share an id (ids are card-wide: trends and disputes use them).
        case duplicateCriterionID(String, firstPath: String)
        /// A section or criterion weight is 0, negative or not a number.
        case weightNotPositive(Double)
        /// The pass mark lies outside (0, 100] percent.
        case passMarkOutOfRange(Double)
        /// A scale has fewer than two points.
        case tooFewScalePoints(Int)
        /// Two points of a scale share a value.
        case duplicateScaleValue(Int)
        /// A scale point is worth less than 0.
        case negativeScaleValue(Int)
        /// Even the highest point of the scale earns nothing.
        case scaleEarnsNothing
        /// A multiple-choice criterion has fewer than two choices.
        case tooFewChoices(Int)
        /// Two choices of a criterion share an id.
        case duplicateChoiceID(String)
        /// A choice's points are negative or not a number.
        case invalidChoicePoints(Double)
        /// No choice earns any points.
        case choicesEarnNothing
        /// A critical multiple-choice criterion has no choice marked as failing it.
        case criticalWithoutFailingChoice
        /// A choice is marked as failing a critical rule, but the criterion is not critical.
        case failingChoiceOnNonCriticalCriterion(String)
        /// A choice that fails the critical rule earns the best points: a contradiction.
        case failingChoiceEarnsBestPoints(String)
        /// A bonus criterion is also critical.
        case bonusCriterionIsCritical
        /// Bonus points are 0, negative or not a number.
        case bonusPointsNotPositive(Double)
    }

    public let kind: Kind
    /// `sections[2].criteria[1].weight`; `key`, `version`, `channels` for card fields.
    public let path: String
    public let sectionID: String?
    public let criterionID: String?

    public init(_ kind: Kind, path: String, sectionID: String? = nil, criterionID: String? = nil) {
        self.kind = kind
        self.path = path
        self.sectionID = sectionID
        self.criterionID = criterionID
    }

    /// The field at the end of the path (`weight`, `points`, `lt`).
    public var field: String {
        let last = path.split(separator: ".").last.map(String.init) ?? path
        return String(last.prefix { $0 != "[" })
    }

    public var description: String {
        var place = path
        let ids = [sectionID.map { "section '\($0)'" }, criterionID.map { "criterion '\($0)'" }].compactMap { $0 }
        if !ids.isEmpty { place += " (" + ids.joined(separator: ", ") + ")" }
        return place + ": " + message
    }

    /// What is wrong, without the place.
    public var message: String {
        switch kind {
        case .invalidIdentifier(let id):
            return id.isEmpty ? "must not be empty" : "'\(id)' must not contain spaces or other white space"
        case .versionNotPositive(let version):
            return "version must be 1 or more, found \(version)"
        case .emptyText:
            return "must not be empty"
        case .invalidLanguageCode(let code):
            return "'\(code)' is not a language code (like en, lt, nb-NO)"
        case .emptyTranslation(let language):
            return "the \(language) translation is empty"
        case .noChannels:
            return "list at least one channel (" + InteractionChannel.allCases.map(\.rawValue).joined(separator: ", ") + ")"
        case .noSections:
            return "a scorecard needs at least one section"
        case .emptySection:
            return "a section needs at least one criterion"
        case .onlyBonusCriteria:
            return "a section needs at least one criterion that is not a bonus, or it can never be scored"
        case let .duplicateSectionID(id, first):
            return "section id '\(id)' is already used at \(first)"
        case let .duplicateCriterionID(id, first):
            return "criterion id '\(id)' is already used at \(first)"
        case .weightNotPositive(let weight):
            return "weight must be more than 0, found \(ScoreText.number(weight))"
        case .passMarkOutOfRange(let mark):
            return "pass mark must be more than 0 % and at most 100 %, found \(ScoreText.number(mark))"
        case .tooFewScalePoints(let count):
            return "a scale needs at least 2 points, found \(count)"
        case .duplicateScaleValue(let value):
            return "scale value \(value) is used twice"
        case .negativeScaleValue(let value):
            return "scale values are points earned and must be 0 or more, found \(value)"
        case .scaleEarnsNothing:
            return "the highest scale value must be more than 0"
        case .tooFewChoices(let count):
            return "a multiple-choice criterion needs at least 2 choices, found \(count)"
        case .duplicateChoiceID(let id):
            return "choice id '\(id)' is used twice"
        case .invalidChoicePoints(let points):
            return "choice points must be 0 or more, found \(ScoreText.number(points))"
        case .choicesEarnNothing:
            return "at least one choice must earn more than 0 points"
        case .criticalWithoutFailingChoice:
            return "a critical multiple-choice criterion needs a choice marked fails-critical"
        case .failingChoiceOnNonCriticalCriterion(let id):
            return "choice '\(id)' is marked fails-critical but the criterion is not critical"
        case .failingChoiceEarnsBestPoints(let id):
            return "choice '\(id)' fails the critical rule yet earns the best points"
        case .bonusCriterionIsCritical:
            return "a bonus criterion cannot be critical"
        case .bonusPointsNotPositive(let points):
            return "bonus points must be more than 0, found \(ScoreText.number(points))"
        }
    }
}
