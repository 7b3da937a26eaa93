public import CivilTime

/// Why a use case refused: the one error model every front door renders.
///
/// ```swift
/// do { try quality.decideDispute(…, by: actor) }
/// catch ServiceError.notAllowed(let refusal) { … 403 … }
/// catch ServiceError.invalidInput(let problem) { … names problem.field … }
/// ```
///
/// Domain and storage errors keep their own types; a use case turns the ones a person can act
/// on into these cases, so a door matches four cases instead of twenty error types.
public enum ServiceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The actor may not do this to the subject on the day concerned.
    case notAllowed(Refusal)
    /// Nothing of this kind has this key (a person, an evaluation, a session, a database …).
    case notFound(kind: String, key: String, hint: String?)
    /// The request is valid but clashes with what is stored (already decided, already acknowledged …).
    case conflict(String)
    /// A value given is wrong: names the field (and the file and line when it came from a file).
    case invalidInput(InputProblem)

    public var description: String {
        switch self {
        case .notAllowed(let refusal): return refusal.description
        case let .notFound(kind, key, hint): return "no \(kind) '\(key)'" + (hint.map { ": \($0)" } ?? "")
        case .conflict(let message): return message
        case .invalidInput(let problem): return problem.description
        }
    }

    /// A value `field` that is wrong, as `problem` says.
    public static func invalid(_ field: String, _ problem: String, value: String? = nil) -> ServiceError {
        .invalidInput(InputProblem(field: field, value: value, problem: problem))
    }
}

/// A refused action: who tried what on whom, on which day, and why not.
public struct Refusal: Equatable, Sendable, CustomStringConvertible {
    /// The person acted as (a key).
    public let actor: String
    public let action: String
    /// The person whose records were concerned (a key), or the record when no person is.
    public let subject: String
    /// The day the hierarchy was read on.
    public let date: LocalDate?
    public let reason: String

    public init(actor: String, action: String, subject: String, date: LocalDate?, reason: String) {
        self.actor = actor
        self.action = action
        self.subject = subject
        self.date = date
        self.reason = reason
    }

    public var description: String { "not allowed: \(reason)" }
}
