import Foundation

/// Estimates how wide a column must be to show its content, since libxlsxwriter 1.1.4 has
/// no autofit. Widths are in Excel's unit: the width of one `0` in the default 11 pt font.
struct ColumnWidthEstimator {
    static let minimumWidth = 6.0
    static let maximumWidth = 60.0
    /// Room for the autofilter drop-down arrow on header cells.
    static let filterButtonAllowance = 2.5

    private(set) var widths: [Int: Double] = [:]

    mutating func record(_ value: CellValue, style: CellStyle, column: Int, timeZone: TimeZone) {
        let characters = Self.displayCharacters(value, style: style, timeZone: timeZone)
        guard characters > 0 else { return }
        var width = characters * (style.bold ? 1.1 : 1.0) * ((style.fontSize ?? 11) / 11) + 1.5
        width += Double(style.indent) * 1.5
        widths[column] = max(widths[column] ?? 0, width)
    }

    mutating func allowForFilterButtons(columns: ClosedRange<Int>) {
        for column in columns {
            widths[column] = (widths[column] ?? Self.minimumWidth) + Self.filterButtonAllowance
        }
    }

    func finalWidth(column: Int) -> Double? {
        widths[column].map { min(max($0, Self.minimumWidth), Self.maximumWidth) }
    }

    /// Characters the value shows; wide (East Asian) characters count double.
    static func displayCharacters(_ value: CellValue, style: CellStyle, timeZone: TimeZone) -> Double {
        switch value {
        case .text(let text):
            return longestLine(text, wraps: style.wrapsText)
        case .url(let url, let text):
            return longestLine(text ?? url, wraps: style.wrapsText)
        case .number(let number):
            return numberCharacters(number, format: style.numberFormat)
        case .date:
            return Double((style.numberFormat ?? "yyyy-mm-dd").count)
        case .dateTime:
            return Double((style.numberFormat ?? "yyyy-mm-dd hh:mm").count)
        case .duration(let seconds):
            return Double(String(Int(abs(seconds)) / 3600).count + 6)
        case .bool:
            return 5
        case .formula(let formula):
            switch formula.cached {
            case .number(let number): return numberCharacters(number, format: style.numberFormat)
            case .text(let text): return longestLine(text, wraps: style.wrapsText)
            case .bool: return 5
            }
        case .blank:
            return 0
        }
    }

    static func longestLine(_ text: String, wraps: Bool) -> Double {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let longest = lines.map(width(of:)).max() ?? 0
        // A wrapped column need not fit its longest paragraph on one line.
        return wraps ? min(longest, 40) : longest
    }

    static func width(of line: Substring) -> Double {
        line.unicodeScalars.reduce(0) { total, scalar in
            total + (isWide(scalar) ? 2 : 1)
        }
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Characters of a number as the format would show it.
    static func numberCharacters(_ number: Double, format: String?) -> Double {
        guard number.isFinite else { return 7 }
        let format = format ?? "General"
        if format == "General" {
            // General shows up to 11 significant characters.
            let text = number == number.rounded() && abs(number) < 1e11
                ? String(Int64(number)) : String(format: "%.9g", number)
            return Double(min(text.count, 11))
        }
        let isPercent = format.contains("%")
        let shown = isPercent ? number * 100 : number
        let decimals = format.split(separator: ".").dropFirst().first.map { part in
            part.prefix(while: { $0 == "0" || $0 == "#" }).count
        } ?? 0
        let integerDigits = String(Int64(abs(shown).rounded(.down))).count
        let separators = format.contains(",") ? (integerDigits - 1) / 3 : 0
        let sign = number < 0 ? 1 : 0
        return Double(integerDigits + separators + (decimals > 0 ? decimals + 1 : 0) + sign + (isPercent ? 1 : 0))
    }
}
