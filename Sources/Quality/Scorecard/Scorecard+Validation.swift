extension Scorecard {
    /// Every problem that makes the card unusable, in file order; empty when the card is valid.
    ///
    /// Checks ids and keys (non-empty, no white space, sections and criteria unique card-wide),
    /// the version, texts and translations, channels, weights, the pass mark, scales (≥ 2 points,
    /// distinct values ≥ 0, top value > 0), choices (≥ 2, distinct ids, points ≥ 0, some > 0,
    /// fails-critical only on critical criteria and never on the best choice, at least one on a
    /// critical criterion), and bonus criteria (points > 0, not critical, not a whole section).
    public func validate() -> [ScorecardProblem] {
        var problems: [ScorecardProblem] = []
        checkIdentifier(key, path: "key", into: &problems)
        if version < 1 { problems.append(.init(.versionNotPositive(version), path: "version")) }
        checkText(title, path: "title", into: &problems)
        if let description { checkTranslations(description, path: "description", into: &problems) }
        if channels.isEmpty { problems.append(.init(.noChannels, path: "channels")) }
        if let passMark, !(passMark.isFinite && passMark > 0 && passMark <= 100) {
            problems.append(.init(.passMarkOutOfRange(passMark), path: "passMark"))
        }
        if sections.isEmpty { problems.append(.init(.noSections, path: "sections")) }

        var sectionPaths: [String: String] = [:]
        var criterionPaths: [String: String] = [:]
        for (s, section) in sections.enumerated() {
            let path = "sections[\(s)]"
            let sectionID = section.id
            func add(_ kind: ScorecardProblem.Kind, _ field: String) {
                problems.append(.init(kind, path: path + field, sectionID: sectionID))
            }
            checkIdentifier(section.id, path: path + ".id", sectionID: sectionID, into: &problems)
            if let first = sectionPaths[section.id] {
                add(.duplicateSectionID(section.id, firstPath: first), ".id")
            } else {
                sectionPaths[section.id] = path
            }
            checkText(section.title, path: path + ".title", sectionID: sectionID, into: &problems)
            if !(section.weight.isFinite && section.weight > 0) { add(.weightNotPositive(section.weight), ".weight") }
            if section.criteria.isEmpty {
                add(.emptySection, ".criteria")
            } else if section.criteria.allSatisfy(\.isBonus) {
                add(.onlyBonusCriteria, ".criteria")
            }
            for (c, criterion) in section.criteria.enumerated() {
                let criterionPath = "\(path).criteria[\(c)]"
                if let first = criterionPaths[criterion.id] {
                    problems.append(.init(.duplicateCriterionID(criterion.id, firstPath: first), path: criterionPath + ".id",
                                          sectionID: sectionID, criterionID: criterion.id))
                } else {
                    criterionPaths[criterion.id] = criterionPath
                }
                check(criterion, path: criterionPath, sectionID: sectionID, into: &problems)
            }
        }
        return problems
    }

    private func check(_ criterion: Criterion, path: String, sectionID: String, into problems: inout [ScorecardProblem]) {
        func add(_ kind: ScorecardProblem.Kind, _ field: String) {
            problems.append(.init(kind, path: path + field, sectionID: sectionID, criterionID: criterion.id))
        }
        checkIdentifier(criterion.id, path: path + ".id", sectionID: sectionID, criterionID: criterion.id, into: &problems)
        checkText(criterion.label, path: path + ".label", sectionID: sectionID, criterionID: criterion.id, into: &problems)
        if let guidance = criterion.guidance {
            checkTranslations(guidance, path: path + ".guidance", sectionID: sectionID, criterionID: criterion.id, into: &problems)
        }
        if !(criterion.weight.isFinite && criterion.weight > 0) { add(.weightNotPositive(criterion.weight), ".weight") }
        if let bonus = criterion.bonusPoints {
            if !(bonus.isFinite && bonus > 0) { add(.bonusPointsNotPositive(bonus), ".bonusPoints") }
            if criterion.isCritical { add(.bonusCriterionIsCritical, ".critical") }
        }

        switch criterion.kind {
        case .yesNo:
            break
        case .scale(let points):
            if points.count < 2 { add(.tooFewScalePoints(points.count), ".scale") }
            var seen: Set<Int> = []
            for (p, point) in points.enumerated() {
                let pointPath = ".scale[\(p)]"
                if point.value < 0 { add(.negativeScaleValue(point.value), pointPath + ".value") }
                if !seen.insert(point.value).inserted { add(.duplicateScaleValue(point.value), pointPath + ".value") }
                checkText(point.label, path: path + pointPath + ".label", sectionID: sectionID,
                          criterionID: criterion.id, into: &problems)
            }
            if let top = points.map(\.value).max(), top <= 0, points.count >= 2 { add(.scaleEarnsNothing, ".scale") }
        case .multipleChoice(let choices):
            if choices.count < 2 { add(.tooFewChoices(choices.count), ".choices") }
            var seen: Set<String> = []
            let best = choices.map(\.points).filter(\.isFinite).max() ?? 0
            for (o, choice) in choices.enumerated() {
                let choicePath = ".choices[\(o)]"
                checkIdentifier(choice.id, path: path + choicePath + ".id", sectionID: sectionID,
                                criterionID: criterion.id, into: &problems)
                if !seen.insert(choice.id).inserted { add(.duplicateChoiceID(choice.id), choicePath + ".id") }
                checkText(choice.label, path: path + choicePath + ".label", sectionID: sectionID,
                          criterionID: criterion.id, into: &problems)
                if !(choice.points.isFinite && choice.points >= 0) { add(.invalidChoicePoints(choice.points), choicePath + ".points") }
                if choice.failsCritical {
                    if !criterion.isCritical {
                        add(.failingChoiceOnNonCriticalCriterion(choice.id), choicePath + ".failsCritical")
                    } else if best > 0 && choice.points >= best {
                        add(.failingChoiceEarnsBestPoints(choice.id), choicePath + ".failsCritical")
                    }
                }
            }
            if !choices.isEmpty && best <= 0 { add(.choicesEarnNothing, ".choices") }
            if criterion.isCritical && !choices.contains(where: \.failsCritical) {
                add(.criticalWithoutFailingChoice, ".choices")
            }
        }
    }

    private func checkIdentifier(_ id: String, path: String, sectionID: String? = nil, criterionID: String? = nil,
                                 into problems: inout [ScorecardProblem]) {
        if id.isEmpty || id.contains(where: { $0.isWhitespace || $0.isNewline }) {
            problems.append(.init(.invalidIdentifier(id), path: path, sectionID: sectionID, criterionID: criterionID))
        }
    }

    /// A required text: non-blank original, plus well-formed translations.
    private func checkText(_ text: TranslatedText, path: String, sectionID: String? = nil, criterionID: String? = nil,
                           into problems: inout [ScorecardProblem]) {
        if text.text.allSatisfy(\.isWhitespace) {
            problems.append(.init(.emptyText, path: path, sectionID: sectionID, criterionID: criterionID))
        }
        checkTranslations(text, path: path, sectionID: sectionID, criterionID: criterionID, into: &problems)
    }

    private func checkTranslations(_ text: TranslatedText, path: String, sectionID: String? = nil, criterionID: String? = nil,
                                   into problems: inout [ScorecardProblem]) {
        for code in text.translations.keys.sorted() {
            let translationPath = "\(path).translations.\(code)"
            if !TranslatedText.isValidCode(code) {
                problems.append(.init(.invalidLanguageCode(code), path: translationPath, sectionID: sectionID, criterionID: criterionID))
            } else if text.translations[code]?.allSatisfy(\.isWhitespace) ?? true {
                problems.append(.init(.emptyTranslation(language: code), path: translationPath, sectionID: sectionID, criterionID: criterionID))
            }
        }
    }
}
