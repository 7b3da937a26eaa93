/// Decoding of the `_xHHHH_` escapes SpreadsheetML uses for characters XML cannot carry.
enum SpreadsheetText {
    /// Replaces each `_xHHHH_` (four hex digits) with its UTF-16 code unit, as Excel does
    /// (ECMA-376 Part 1, 22.9.2.19 ST_Xstring); "_x005F_" yields a literal "_".
    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        let units = Array(text.utf16)
        var output: [UInt16] = []
        output.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if units[index] == 0x5F, index + 6 < units.count, units[index + 1] == 0x78, units[index + 6] == 0x5F,
               let value = hexValue(units[(index + 2)...(index + 5)]) {
                output.append(value)
                index += 7
            } else {
                output.append(units[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF16.self)
    }

    private static func hexValue(_ digits: ArraySlice<UInt16>) -> UInt16? {
        var value: UInt16 = 0
        for digit in digits {
            let nibble: UInt16
            switch digit {
            case 0x30...0x39: nibble = digit - 0x30
            case 0x41...0x46: nibble = digit - 0x41 + 10
            case 0x61...0x66: nibble = digit - 0x61 + 10
            default: return nil
            }
            value = value << 4 | nibble
        }
        return value
    }
}
