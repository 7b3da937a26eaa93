/// A break at a definite time inside a shift variant.
public struct PlacedBreak: Sendable, Hashable, Comparable {
    public let name: String
    /// Minutes after the shift starts.
    public let offsetMinutes: Int
    public let durationMinutes: Int
    public let isPaid: Bool

    public init(name: String, offsetMinutes: Int, durationMinutes: Int, isPaid: Bool) {
        self.name = name
        self.offsetMinutes = offsetMinutes
        self.durationMinutes = durationMinutes
        self.isPaid = isPaid
    }

    /// Minutes after the shift starts when the break is over.
    public var endOffsetMinutes: Int { offsetMinutes + durationMinutes }

    public static func < (lhs: PlacedBreak, rhs: PlacedBreak) -> Bool {
        (lhs.offsetMinutes, lhs.durationMinutes, lhs.name) < (rhs.offsetMinutes, rhs.durationMinutes, rhs.name)
    }
}
