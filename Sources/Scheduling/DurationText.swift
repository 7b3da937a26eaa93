/// Durations as people write them in shift files and Headset prints them: `8h`, `7h30m`, `45m`.
public enum DurationText {
    /// Minutes of `8h`, `7h30m`, `45m`, `90m`, `1h 30m` (spaces allowed); nil when malformed.
    public static func minutes(_ text: String) -> Int? {
        let compact = text.lowercased().filter { !$0.isWhitespace }
        guard !compact.isEmpty else { return nil }
        var total = 0
        var number = ""
        var sawHours = false
        var sawMinutes = false
        for character in compact {
            if character.isASCII && character.isNumber {
                number.append(character)
                continue
            }
            guard let value = Int(number), number.count <= 5 else { return nil }
            number = ""
            switch character {
            case "h" where !sawHours && !sawMinutes:
                sawHours = true
                total += value * 60
            case "m" where !sawMinutes:
                sawMinutes = true
                total += value
            default:
                return nil
            }
        }
        return number.isEmpty ? total : nil
    }

    /// `8h`, `7h30m`, `45m`, `0m`.
    public static func text(minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        switch (hours, rest) {
        case (0, _): return "\(rest)m"
        case (_, 0): return "\(hours)h"
        default: return "\(hours)h\(rest)m"
        }
    }
}
