import CivilTime
import Foundation

/// Something agreed in a session, owned by someone (usually the agent, sometimes the coach),
/// due on a day.
public struct ActionItem: Hashable, Sendable {
    public enum Status: Hashable, Sendable {
        case open
        case done(on: LocalDate)
        case cancelled(on: LocalDate)

        public var name: String {
            switch self {
            case .open: "open"
            case .done: "done"
            case .cancelled: "cancelled"
            }
        }
    }

    public let id: String
    public let sessionID: String
    public let owner: String
    public let text: String
    public let due: LocalDate
    public private(set) var status: Status

    /// - Throws: ``CoachingError`` for an empty id, owner or text, or a due date before `sessionDate`.
    public init(id: String, sessionID: String, owner: String, text: String, due: LocalDate, sessionDate: LocalDate,
                status: Status = .open) throws(CoachingError) {
        for (field, value) in [("action item id", id), ("owner", owner), ("action", text)] where value.allSatisfy(\.isWhitespace) {
            throw .invalidField(field: field, value: value, requirement: "must not be empty")
        }
        guard due >= sessionDate else { throw .dueBeforeSession(item: id, due: due, session: sessionDate) }
        self.id = id
        self.sessionID = sessionID
        self.owner = owner
        self.text = text
        self.due = due
        self.status = status
    }

    /// Open and past its due date on `today`.
    public func isOverdue(on today: LocalDate) -> Bool { status == .open && due < today }

    /// Marked done (or cancelled) on `date`; only an open item can be.
    public func closed(on date: LocalDate, cancelled: Bool = false) throws(CoachingError) -> ActionItem {
        guard status == .open else { throw .itemNotOpen(item: id, status: status.name) }
        var copy = self
        copy.status = cancelled ? .cancelled(on: date) : .done(on: date)
        return copy
    }
}
