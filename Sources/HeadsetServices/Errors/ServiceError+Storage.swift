import Coaching
import Quality
import Storage

extension ServiceError {
    /// The service error a storage refusal is to a person, or nil when it stays as it is
    /// (its own message already says what to fix).
    static func translating(_ error: any Error) -> ServiceError? {
        switch error {
        case let error as ServiceError: return error
        case StorageError.noDatabase(let path):
            return .notFound(kind: "Headset database", key: path, hint: "create it with headset init")
        case let error as QualityStoreError:
            switch error {
            case .unknownEvaluation(let id): return .notFound(kind: "evaluation", key: id, hint: nil)
            case .unknownDispute(let id): return .notFound(kind: "dispute", key: id, hint: nil)
            case .unknownScorecard(let label):
                return .notFound(kind: "published scorecard", key: label,
                                 hint: "import it with headset qa scorecard import; headset qa scorecard list shows what is stored")
            case .disputeAlreadyDecided, .duplicateDispute, .fixedFieldsChanged, .disputesOnlyThroughReview:
                return .conflict(error.description)
            case .dispute(let dispute):
                switch dispute {
                case let .reviewerIsEvaluator(person), let .reviewerIsAgent(person):
                    return .notAllowed(Refusal(actor: person, action: "decide a dispute", subject: "", date: nil,
                                               reason: dispute.description))
                case let .notRaisedByAgent(raisedBy, agent):
                    return .notAllowed(Refusal(actor: raisedBy, action: "dispute", subject: agent, date: nil,
                                               reason: dispute.description))
                case .notOpenToDispute, .notDisputed, .criterionDisputedTwice: return .conflict(dispute.description)
                default: return nil
                }
            default: return nil
            }
        case let error as CoachingStoreError:
            switch error {
            case .unknownSession(let id): return .notFound(kind: "coaching session", key: id, hint: nil)
            case .unknownItem(let id): return .notFound(kind: "action item", key: id, hint: nil)
            case .coaching(let domain): return translating(domain)
            default: return .conflict(error.description)
            }
        case let error as CoachingError:
            switch error {
            case let .notTheAgent(session, person, agent):
                return .notAllowed(Refusal(actor: person, action: "acknowledge", subject: agent, date: nil,
                                           reason: "only the coached agent acknowledges session '\(session)'"))
            case .alreadyAcknowledged, .itemNotOpen: return .conflict(error.description)
            default: return nil
            }
        default: return nil
        }
    }
}

/// Runs `body`, rethrowing storage refusals a person can act on as ``ServiceError``.
func translatingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw ServiceError.translating(error) ?? error
    }
}
