/// Times written in answers files: evidence timestamps and interaction durations as
/// `HH:MM:SS`, `MM:SS` or plain seconds, and start times as `HH:MM` or `HH:MM:SS`.
///
/// ```swift
/// AnswersClockText.seconds("00:03:15")   // 195
/// AnswersClockText.seconds("3:15.5")     // 195.5
/// AnswersClockText.seconds("412")        // 412
/// AnswersClockText.secondOfDay("09:14")  // 33 240
/// AnswersClockText.text(195)             // "00:03:15"
/// ```
enum AnswersClockText {
    /// Seconds from the start of a recording, or a length; nil when malformed or negative.
    /// Minutes and seconds after the first part must be below 60 (`1:75` is a typo, not 2:15).
    static func seconds(_ text: String) -> Double? {
        let parts = text.trimmingWhitespace().split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), let last = parts.last,
              let seconds = Double(last), seconds.isFinite, seconds >= 0, last.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") })
        else { return nil }
        if parts.count > 1 && seconds >= 60 { return nil }
        var total = seconds
        var unit = 60.0
        for (position, part) in parts.dropLast().reversed().enumerated() {
            guard !part.isEmpty, part.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(part) else { return nil }
            // Minutes below hours must stay under 60; the leading part may be any size (75:00).
            let isLeading = position == parts.count - 2
            if !isLeading && value >= 60 { return nil }
            total += Double(value) * unit
            unit *= 60
        }
        return total
    }

    /// Seconds after midnight of a wall-clock time `HH:MM` or `HH:MM:SS`; nil when malformed.
    static func secondOfDay(_ text: String) -> Int? {
        let parts = text.trimmingWhitespace().split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
              parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, numbers[0] < 24, numbers[1] < 60, numbers.count < 3 || numbers[2] < 60 else { return nil }
        return numbers[0] * 3600 + numbers[1] * 60 + (numbers.count == 3 ? numbers[2] : 0)
    }

    /// `HH:MM:SS` (fractions of a second dropped), the form messages show times in.
    static func text(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0, seconds < 1e12 else { return "\(seconds) s" }
        let whole = Int(seconds.rounded(.down))
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
        return two(whole / 3600) + ":" + two(whole / 60 % 60) + ":" + two(whole % 60)
    }
}
