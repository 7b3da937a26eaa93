/// Whether text spells a number the way people write one in a file: decimal digits with an
/// optional sign, decimal point and exponent (`12`, `-3.5`, `.5`, `1e3`, `2.5E-2`).
///
/// Swift's `Double(_:)` also reads hexadecimal (`0x10`, `0x1p4`), `inf`, `infinity` and `nan`;
/// in a CSV or ratings file those are typing mistakes or spreadsheet artefacts, never numbers.
///
/// ```swift
/// DecimalNumberText.isDecimal("-3.5")   // true
/// DecimalNumberText.isDecimal("0x10")   // false
/// ```
enum DecimalNumberText {
    static func isDecimal(_ text: String) -> Bool {
        var digits = 0
        var sawPoint = false
        var sawExponent = false
        var exponentDigits = 0
        var previous: UInt8?
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if sawExponent { exponentDigits += 1 } else { digits += 1 }
            case UInt8(ascii: "."):
                guard !sawPoint, !sawExponent else { return false }
                sawPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard !sawExponent, digits > 0 else { return false }
                sawExponent = true
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                // A sign starts the number or the exponent.
                guard previous == nil || previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E") else { return false }
            default:
                return false
            }
            previous = byte
        }
        return digits > 0 && (!sawExponent || exponentDigits > 0)
    }
}
