import CivilTime

/// The `date` cell of an interactions file: a calendar day, `YYYY-MM-DD`, or an ISO 8601
/// date-time from which the day is taken as written.
///
/// ```swift
/// InteractionsFileDate.parse("2026-11-23")                   // 2026-11-23
/// InteractionsFileDate.parse("2026-11-23T23:40:00Z")         // 2026-11-23, not converted
/// InteractionsFileDate.parse("2026-11-23 09:14")             // 2026-11-23 (a space for the T)
/// ```
///
/// The date is not moved between time zones: exports usually write local time, and a UTC
/// export's late-evening calls would need the centre's zone, which the file does not give.
/// The time part is still checked, so `2026-11-23x` is refused rather than cut short.
enum InteractionsFileDate {
    static func parse(_ text: String) -> LocalDate? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10 else { return nil }
        guard let date = LocalDate(String(String.UnicodeScalarView(scalars[..<10]))) else { return nil }
        guard scalars.count > 10 else { return date }
        guard scalars[10] == "T" || scalars[10] == "t" || scalars[10] == " " else { return nil }
        return isTimeOfDay(String(String.UnicodeScalarView(scalars[11...]))) ? date : nil
    }

    /// `hh:mm`, `hh:mm:ss` or `hh:mm:ss.fff`, then nothing, `Z` or an offset `±hh:mm` / `±hhmm` / `±hh`.
    private static func isTimeOfDay(_ text: String) -> Bool {
        var rest = Substring(text)
        if let zone = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            guard isOffset(rest[rest.index(after: zone)...]) else { return false }
            rest = rest[..<zone]
        } else if rest.last == "Z" || rest.last == "z" {
            rest = rest.dropLast()
        }
        var clock = rest.split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2 || clock.count == 3 else { return false }
        if clock.count == 3, let point = clock[2].firstIndex(where: { $0 == "." || $0 == "," }) {
            let fraction = clock[2][clock[2].index(after: point)...]
            guard !fraction.isEmpty, fraction.allSatisfy(isDigit) else { return false }
            clock[2] = clock[2][..<point]
        }
        let limits = [23, 59, 60]    // 60: a leap second
        for (part, limit) in zip(clock, limits) {
            guard part.count == 2, part.allSatisfy(isDigit), let value = Int(part), value <= limit else { return false }
        }
        return true
    }

    private static func isOffset(_ text: Substring) -> Bool {
        let digits = text.filter { $0 != ":" }
        guard digits.count == 2 || digits.count == 4, digits.allSatisfy(isDigit) else { return false }
        guard text.count == digits.count || (text.count == 5 && text[text.index(text.startIndex, offsetBy: 2)] == ":") else {
            return false
        }
        guard let hours = Int(digits.prefix(2)), hours <= 23 else { return false }
        return digits.count == 2 || (Int(digits.suffix(2)) ?? 60) <= 59
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }
}
