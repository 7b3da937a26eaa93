/// A timestamp cell as written: a date (or none), a clock time, and a zone designator (or none).
///
/// Accepted (surrounding spaces ignored):
///
/// ```
/// 2003-03-03T07:00:00Z   2003-03-03 07:00   2003-03-03T07:00+02:00   2003-03-03 07:00:00 -0500
/// 2003/03/03 07:00       03.03.2003 07:00 (day first)                03/03/2003 7:00 (order decided per file)
/// 07:00 (with a separate date column)       2003-03-03 (a date column)
/// ```
///
/// Zones: `Z`, `UTC`, `GMT`, `±HH:MM`, `±HHMM`, `±HH`. Seconds may carry a fraction of zeros
/// (`07:00:00.000`); interval starts are whole seconds.
struct IntervalHistoryTimestamp: Equatable {
    enum DatePart: Equatable {
        case none
        case known(year: Int, month: Int, day: Int)
        /// `a/b/yyyy`: day/month or month/day, decided for the whole file.
        case slashed(first: Int, second: Int, year: Int)
    }

    enum Zone: Equatable {
        case none
        case utc
        case offset(seconds: Int)
    }

    var date: DatePart
    var secondsOfDay: Int
    var zone: Zone

    /// A date and/or time with an optional zone; nil when malformed.
    static func parse(_ text: String) -> IntervalHistoryTimestamp? {
        var scanner = Scanner(text)
        scanner.skipSpaces()
        var date = DatePart.none
        if !scanner.looksLikeTime {
            guard let parsed = scanner.date() else { return nil }
            date = parsed
            guard scanner.timeSeparator() else { return nil }
        }
        guard let seconds = scanner.time() else { return nil }
        guard let zone = scanner.zone() else { return nil }
        scanner.skipSpaces()
        guard scanner.atEnd else { return nil }
        return IntervalHistoryTimestamp(date: date, secondsOfDay: seconds, zone: zone)
    }

    /// A date alone (a `date` column); nil when malformed.
    static func parseDate(_ text: String) -> DatePart? {
        var scanner = Scanner(text)
        scanner.skipSpaces()
        guard let date = scanner.date() else { return nil }
        scanner.skipSpaces()
        return scanner.atEnd ? date : nil
    }

    /// A byte cursor over one cell.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(_ text: String) { bytes = Array(text.utf8) }

        var atEnd: Bool { index >= bytes.count }

        func peek(_ offset: Int = 0) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }

        mutating func skipSpaces() {
            while let byte = peek(), byte == 0x20 || byte == 0x09 { index += 1 }
        }

        /// Whether the cell starts with `H:` or `HH:`: a time without a date.
        var looksLikeTime: Bool {
            guard let first = peek(), Self.isDigit(first) else { return false }
            if peek(1) == UInt8(ascii: ":") { return true }
            if let second = peek(1), Self.isDigit(second), peek(2) == UInt8(ascii: ":") { return true }
            return false
        }

        /// Digits as a number and how many there were (at most `limit`).
        mutating func number(limit: Int = 4) -> (value: Int, digits: Int)? {
            var value = 0
            var digits = 0
            while digits < limit, let byte = peek(), Self.isDigit(byte) {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
                index += 1
            }
            if let byte = peek(), Self.isDigit(byte) { return nil }
            return digits > 0 ? (value, digits) : nil
        }

        mutating func consume(_ character: Character) -> Bool {
            guard let ascii = character.asciiValue, peek() == ascii else { return false }
            index += 1
            return true
        }

        mutating func date() -> DatePart? {
            guard let first = number() else { return nil }
            guard let separator = peek() else { return nil }
            index += 1
            if first.digits == 4, separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") {
                // yyyy-mm-dd or yyyy/mm/dd
                guard let month = number(limit: 2), consume(Character(Unicode.Scalar(separator))),
                      let day = number(limit: 2) else { return nil }
                return .known(year: first.value, month: month.value, day: day.value)
            }
            switch separator {
            case UInt8(ascii: "."):
                // dd.mm.yyyy
                guard first.digits <= 2, let month = number(limit: 2), consume("."),
                      let year = number(), year.digits == 4 else { return nil }
                return .known(year: year.value, month: month.value, day: first.value)
            case UInt8(ascii: "/"):
                guard first.digits <= 2, let second = number(limit: 2), consume("/"),
                      let year = number(), year.digits == 4 else { return nil }
                return .slashed(first: first.value, second: second.value, year: year.value)
            default:
                return nil
            }
        }

        /// `T` or one or more spaces.
        mutating func timeSeparator() -> Bool {
            if consume("T") || consume("t") { return true }
            let start = index
            skipSpaces()
            return index > start
        }

        /// `H:MM`, `HH:MM`, `HH:MM:SS`, `HH:MM:SS.000` as seconds after midnight.
        mutating func time() -> Int? {
            guard let hour = number(limit: 2), hour.value < 24, consume(":"),
                  let minute = number(limit: 2), minute.digits == 2, minute.value < 60 else { return nil }
            var second = 0
            if consume(":") {
                guard let parsed = number(limit: 2), parsed.digits == 2, parsed.value < 60 else { return nil }
                second = parsed.value
                if consume(".") || consume(",") {
                    // A fraction is accepted only when it is zero: interval starts are whole seconds.
                    var digits = 0
                    while let byte = peek(), byte == UInt8(ascii: "0") { index += 1; digits += 1 }
                    guard digits > 0 else { return nil }
                }
            }
            return hour.value * 3_600 + minute.value * 60 + second
        }

        mutating func zone() -> Zone? {
            let start = index
            skipSpaces()
            guard let byte = peek() else { return Zone.none }
            switch byte {
            case UInt8(ascii: "Z"), UInt8(ascii: "z"):
                index += 1
                return .utc
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                index += 1
                // ±HH, ±HHMM or ±HH:MM
                guard let digits = number(limit: 4), digits.digits == 2 || digits.digits == 4 else { return nil }
                var hours = digits.value
                var minutes = 0
                if digits.digits == 4 {
                    (hours, minutes) = (digits.value / 100, digits.value % 100)
                } else if consume(":") {
                    guard let parsed = number(limit: 2), parsed.digits == 2 else { return nil }
                    minutes = parsed.value
                }
                guard hours <= 18, minutes < 60 else { return nil }
                let seconds = hours * 3_600 + minutes * 60
                return .offset(seconds: byte == UInt8(ascii: "-") ? -seconds : seconds)
            default:
                let rest = String(decoding: bytes[index...], as: UTF8.self).uppercased()
                for name in ["UTC", "GMT"] where rest.hasPrefix(name) {
                    index += name.utf8.count
                    return .utc
                }
                index = start
                return Zone.none
            }
        }

        static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    }
}
