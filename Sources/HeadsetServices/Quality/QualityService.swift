public import CivilTime
import Organization
public import Quality
public import Interchange
public import Storage

/// The QA use cases: scoring, reading, acknowledging and disputing evaluations. Every method
/// that acts for someone takes the ``Actor`` and decides from the reporting hierarchy on the
/// interaction's day whether they may.
public struct QualityService: Sendable {
    public let centre: Centre

    public init(centre: Centre) { self.centre = centre }

    /// The organisation and a permission cache over it.
    func authorization() throws -> Authorization {
        Authorization(organization: try centre.organization())
    }

    /// The same, read inside `transaction`: a write decides on the organisation it commits with,
    /// so an import committed meanwhile by another process cannot slip between check and write.
    func authorization(in transaction: DatabaseTransaction) throws -> Authorization {
        let organization = try OrganizationRepository.load(in: transaction)
        guard !organization.people.isEmpty else {
            throw ServiceError.notFound(kind: "organisation", key: centre.database.path ?? ":memory:",
                                        hint: "import it with headset org import")
        }
        return Authorization(organization: organization)
    }

    /// The key of the person `text` names, in `field` for the error.
    func personKey(_ text: String, field: String, in organization: Organization) throws -> String {
        try PersonLookup.person(text, in: organization, field: field).key
    }
}

extension QualityService {
    /// Stores published scorecard versions (a changed published version is refused, naming its
    /// file), all or none. The operator's work; audited under `operatorName`.
    public func importScorecards(_ cards: [ScorecardFile], operatorName: String) throws -> [ScorecardImportDecision] {
        try centre.database.write("importing scorecards") { db in
            try cards.map { card in
                do {
                    return try QualityRepository.importScorecard(card.scorecard, actor: operatorName, in: db)
                } catch let error as QualityStoreError {
                    throw ServiceError.invalidInput(InputProblem(file: card.source, field: "scorecard", sentence: "\(error)"))
                }
            }
        }
    }
}

extension QualityService {
    /// Every stored scorecard version.
    public func scorecards() throws -> [Scorecard] {
        try centre.database.read("listing scorecards") { db in try QualityRepository.scorecards(in: db) }
    }

    /// The published scorecard `key` (version `version`, else the latest).
    public func scorecard(_ key: String, version: Int?) throws -> Scorecard {
        guard let card = try centre.database.read("reading the scorecard", { db in
            try QualityRepository.scorecard(key: key, version: version, in: db)
        }) else {
            throw ServiceError.notFound(kind: "published scorecard", key: key + (version.map { " v\($0)" } ?? ""),
                                        hint: "headset qa scorecard import, headset qa scorecard list")
        }
        return card
    }

    /// The agent's month as stored, for the operator (no reader to check).
    public func agentMonth(_ agent: String, month: CalendarMonth, for audience: ReportAudience) throws -> AgentMonthReport {
        if case .person(let reader) = audience { return try agentMonth(agent, month: month, readBy: reader) }
        let key = try personKey(agent, field: "agent", in: try centre.organization())
        return try centre.database.read("reading the agent's month") { db in
            try QualityRepository.agentMonthSummary(agent: key, month: month, in: db)
        }
    }
}
