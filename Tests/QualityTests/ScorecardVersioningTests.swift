import Testing
@testable import Quality

private typealias Fixture = QualityFixture

@Suite("Scorecard versions: published cards are immutable, trends follow stable ids")
struct ScorecardVersioningTests {
    private var published: Scorecard { Fixture.card }

    private var draft: Scorecard {
        var card = Fixture.card
        card.status = .draft
        return card
    }

    @Test("the first definition of a key is a first version")
    func firstVersion() throws {
        #expect(try published.importDecision(storedVersions: []) == .firstVersion)
    }

    @Test("re-importing an identical published card is a no-op")
    func identicalReimport() throws {
        let decision = try published.importDecision(storedVersions: [published])
        #expect(decision == .unchanged)
        #expect(!decision.needsStoring)
    }

    @Test("changing a published card under its version number is refused, naming the changes and the next number")
    func publishedChangeNeedsNewVersion() {
        var changed = published
        changed.sections[1].criteria[0].weight = 3
        let error = #expect(throws: ScorecardVersionError.self) { try changed.importDecision(storedVersions: [published]) }
        guard case let .frozenVersionChanged(key, version, status, latest, changes)? = error else {
            Issue.record("expected frozenVersionChanged, got \(String(describing: error))")
            return
        }
        #expect(key == "voice-call" && version == 1 && status == .published && latest == 1)
        #expect(changes.criteriaChanged == [.init(id: "verify-identity", fields: ["weight"])])
        #expect(error?.description.contains("give the changed definition version 2") == true)
        #expect(!changed.canReplace(published))
    }

    @Test("even a wording change to a published card needs a new version")
    func wordingChangeNeedsNewVersion() {
        var reworded = published
        reworded.sections[0].criteria[0].label = "Greeted the customer warmly"
        #expect(throws: ScorecardVersionError.self) { try reworded.importDecision(storedVersions: [published]) }
    }

    @Test("the changed card as version 2 is a new version; old evaluations keep version 1")
    func newVersion() throws {
        var next = published
        next.version = 2
        next.sections[1].criteria[0].weight = 3
        #expect(try next.importDecision(storedVersions: [published]) == .newVersion(previousLatest: 1))
    }

    @Test("a draft may be edited in place, and published in place")
    func draftEdits() throws {
        var edited = draft
        edited.passMark = 85
        #expect(try edited.importDecision(storedVersions: [draft]) == .draftEdited(draft.changes(to: edited)))
        #expect(edited.canReplace(draft))
        #expect(try published.importDecision(storedVersions: [draft]) == .statusChanged(from: .draft, to: .published))
    }

    @Test("a published card may be retired and reinstated, but never returns to draft")
    func statusChanges() throws {
        var retired = published
        retired.status = .retired
        #expect(try retired.importDecision(storedVersions: [published]) == .statusChanged(from: .published, to: .retired))
        #expect(try published.importDecision(storedVersions: [retired]) == .statusChanged(from: .retired, to: .published))
        #expect(throws: ScorecardVersionError.cannotReturnToDraft(key: "voice-call", version: 1, status: .published)) {
            try draft.importDecision(storedVersions: [published])
        }
    }

    @Test("a version number below the latest that was never stored is refused")
    func belowLatest() {
        var v3 = published
        v3.version = 3
        var v2 = published
        v2.version = 2
        #expect(throws: ScorecardVersionError.versionBelowLatest(key: "voice-call", version: 2, latestVersion: 3)) {
            try v2.importDecision(storedVersions: [published, v3])
        }
    }

    @Test("stored versions of another key are refused")
    func keyMismatch() {
        var other = published
        other.key = "email"
        #expect(throws: ScorecardVersionError.keyMismatch(expected: "voice-call", found: "email")) {
            try published.importDecision(storedVersions: [other])
        }
    }

    @Test("the current version is the highest published one")
    func current() {
        var v2 = published
        v2.version = 2
        var v3 = published
        v3.version = 3
        v3.status = .draft
        var v0 = published
        v0.status = .retired
        #expect(Scorecard.current(among: [published, v2, v3])?.version == 2)
        #expect(Scorecard.current(among: [v3, v0]) == nil)
    }

    @Test("changes match criteria by stable id: reworded is changed, a new id is added, a gone id is removed")
    func changesByStableID() {
        var next = published
        next.version = 2
        next.sections[0].criteria[0].label = "Greeted warmly"                     // wording only
        next.sections[2].criteria.remove(at: 1)                                   // upsell gone
        next.sections[2].criteria.insert(Criterion(id: "offer-survey", label: "Offered the survey", kind: .yesNo), at: 1)
        let moved = next.sections[1].criteria.remove(at: 1)                       // disclosure moves to opening
        next.sections[0].criteria.append(moved)
        let changes = published.changes(to: next)
        #expect(changes.criteriaAdded == ["offer-survey"])
        #expect(changes.criteriaRemoved == ["upsell"])
        #expect(changes.criteriaChanged == [
            .init(id: "greeting", fields: ["label"]),
            .init(id: "disclosure", fields: ["section"]),
        ])
        #expect(changes.criteriaChanged[0].affectsScoring == false)
        #expect(changes.criteriaChanged[1].affectsScoring)
        #expect(changes.affectsScoring)
        #expect(changes.lines == [
            "+ criterion offer-survey", "~ criterion greeting: label", "~ criterion disclosure: section", "- criterion upsell",
        ])
    }

    @Test("relabelled scale points are wording; new points are a change of kind")
    func scaleLabelsVersusPoints() {
        var relabelled = published
        relabelled.sections[0].criteria[1].kind = .scale([
            ScalePoint(value: 0, label: "Not at all"), ScalePoint(value: 1, label: "Once"), ScalePoint(value: 2, label: "Often"),
        ])
        #expect(published.changes(to: relabelled).criteriaChanged == [.init(id: "name-used", fields: ["pointLabels"])])
        #expect(!published.changes(to: relabelled).affectsScoring)
        var rescaled = published
        rescaled.sections[0].criteria[1].kind = .scale([ScalePoint(value: 0, label: "Never"), ScalePoint(value: 3, label: "Throughout")])
        #expect(published.changes(to: rescaled).criteriaChanged == [.init(id: "name-used", fields: ["kind"])])
    }

    @Test("the status alone is not a change of definition")
    func statusIsNotAChange() {
        #expect(draft.changes(to: published).isEmpty)
        #expect(draft.changes(to: published).description == "no changes")
    }
}
