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

    /// Width of the longest line, in one pass over the scalars (no splitting, no allocation).
    static func longestLine(_ text: String, wraps: Bool) -> Double {
        var longest = 0
        var current = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                longest = max(longest, current)
                current = 0
            } else {
                current += isWide(scalar) ? 2 : 1
            }
        }
        longest = max(longest, current)
        // A wrapped column need not fit its longest paragraph on one line.
        return Double(wraps ? min(longest, 40) : longest)
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x1100 { return false }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Characters of a number as the format would show it. Called for every number written,
    /// so it counts digits arithmetically instead of formatting text.
    static func numberCharacters(_ number: Double, format: String?) -> Double {
        guard number.isFinite else { return 7 }
        let sign = number < 0 ? 1 : 0
        guard let format, format != "General" else {
            let magnitude = abs(number)
            let digits = integerDigits(magnitude)
            // General shows integers in full up to 11 characters, and fractions to ~10 significant digits.
            if magnitude == magnitude.rounded(.down) { return Double(min(digits + sign, 11)) }
            return Double(min(max(digits + 2, 11), 11) + sign)
        }
        let shape = NumberFormatShape.of(format)
        let shown = abs(shape.isPercent ? number * 100 : number)
        let digits = integerDigits(shown)
        let separators = shape.hasThousandsSeparator ? (digits - 1) / 3 : 0
        let fraction = shape.decimals > 0 ? shape.decimals + 1 : 0
        return Double(digits + separators + fraction + sign + (shape.isPercent ? 1 : 0))
    }

    static func integerDigits(_ magnitude: Double) -> Int {
        magnitude < 10 ? 1 : Int(log10(magnitude).rounded(.down)) + 1
    }
}

/// What a number format code implies for width: decimals, percent, thousands separators.
struct NumberFormatShape {
    let decimals: Int
    let isPercent: Bool
    let hasThousandsSeparator: Bool

    static func of(_ format: String) -> NumberFormatShape {
        let decimals = format.split(separator: ".").dropFirst().first.map { part in
            part.prefix(while: { $0 == "0" || $0 == "#" }).count
        } ?? 0
        return NumberFormatShape(decimals: decimals, isPercent: format.contains("%"),
                                 hasThousandsSeparator: format.contains(","))
    }
}
