public import CivilTime

/// Days `from` through `to`, both included, either open: never empty.
public struct DateRange: Sendable, Equatable {
    public let from: LocalDate?
    public let to: LocalDate?

    /// - Throws: ``ServiceError/invalidInput(_:)`` on `from` when it is after `to`.
    public init(from: LocalDate?, to: LocalDate?) throws(ServiceError) {
        if let from, let to, from > to {
            throw .invalid("from", "is after the end of the range (\(to)): the range would hold no day", value: "\(from)")
        }
        self.from = from
        self.to = to
    }

    public func contains(_ day: LocalDate) -> Bool {
        (from.map { $0 <= day } ?? true) && (to.map { day <= $0 } ?? true)
    }
}
