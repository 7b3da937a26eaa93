import HeadsetServices
import Foundation
import Staffing

/// `--service-level 80/20`: at least 80 % of calls answered within 20 seconds.
enum ServiceLevelArgument {
    static let example = "e.g. 80/20 for 80 % of calls answered within 20 s"

    /// Parses `PERCENT/SECONDS` (a `%` after the percentage and an `s` after the seconds are allowed).
    static func parse(_ text: String) throws -> StaffingTarget.ServiceLevel {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let percent = number(parts[0], droppingSuffix: "%"),
              let seconds = number(parts[1], droppingSuffix: "s") else {
            throw CommandError("--service-level '\(text)': expected PERCENT/SECONDS, \(example)")
        }
        return try StaffingTarget.ServiceLevel(fraction: percent / 100, seconds: seconds)
    }

    private static func number(_ part: Substring, droppingSuffix suffix: Character) -> Double? {
        var text = part.trimmingCharacters(in: .whitespaces)
        if text.last == suffix { text.removeLast() }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else { return nil }
        return value
    }
}
