public import Foundation

/// Where a use case gets "now" from: the real clock in the doors, a fixed one in tests.
public struct CentreClock: Sendable {
    private let read: @Sendable () -> Date

    public init(_ read: @escaping @Sendable () -> Date) { self.read = read }

    public func now() -> Date { read() }

    /// The machine's clock.
    public static let system = CentreClock { Date() }

    /// Always `date`: for tests and for reproducible demos.
    public static func fixed(_ date: Date) -> CentreClock { CentreClock { date } }
}
