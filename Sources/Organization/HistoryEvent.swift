import CivilTime

/// A change in one person's title or manager, on the day it takes effect.
public struct HistoryEvent: Hashable, Sendable, CustomStringConvertible {
    /// What changed; nil on either side means no title or no manager.
    public enum Change: Hashable, Sendable {
        case title(from: TitleAssignment?, to: TitleAssignment?)
        case manager(from: ReportingLine?, to: ReportingLine?)
    }

    /// The first day of the new state.
    public var date: LocalDate
    public var change: Change

    public init(date: LocalDate, change: Change) {
        self.date = date
        self.change = change
    }

    /// Where the record that starts (or, when nothing starts, ends) the change was read from.
    public var source: SourceLocation? {
        switch change {
        case let .title(from, to): return to?.source ?? from?.source
        case let .manager(from, to): return to?.source ?? from?.source
        }
    }

    /// `2026-07-01 title: agent → senior-agent`, `2027-01-01 manager: ivo → none`.
    public var description: String {
        func show(_ key: String?) -> String { key ?? "none" }
        switch change {
        case let .title(from, to):
            func text(_ assignment: TitleAssignment?) -> String {
                show(assignment.map { $0.title + ($0.position.map { " in \($0)" } ?? "") })
            }
            return "\(date) title: \(text(from)) → \(text(to))"
        case let .manager(from, to):
            return "\(date) manager: \(show(from?.manager)) → \(show(to?.manager))"
        }
    }
}
