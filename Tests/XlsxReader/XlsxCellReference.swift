/// Conversions between A1-style references and 0-based row and column numbers.
///
///     XlsxCellReference.reference(row: 0, column: 26)  // "AA1"
///     XlsxCellReference.coordinates("$B$7")            // (row: 6, column: 1)
public enum XlsxCellReference {
    /// The 0-based index of column letters ("A" -> 0, "AA" -> 26), case-insensitive; nil unless 1-3 letters.
    public static func columnIndex(_ letters: String) -> Int? {
        var index = 0
        var count = 0
        for byte in letters.utf8 {
            let upper = byte & ~0x20
            guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { return nil }
            index = index * 26 + Int(upper - UInt8(ascii: "A")) + 1
            count += 1
            if count > 3 { return nil }
        }
        return count == 0 ? nil : index - 1
    }

    /// The letters of a 0-based column index (0 -> "A", 26 -> "AA").
    public static func columnLetters(_ column: Int) -> String {
        precondition(column >= 0, "column must be 0-based and non-negative")
        var letters: [UInt8] = []
        var remaining = column + 1
        while remaining > 0 {
            remaining -= 1
            letters.append(UInt8(ascii: "A") + UInt8(remaining % 26))
            remaining /= 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// The A1 reference of a 0-based cell position: (0, 0) -> "A1".
    public static func reference(row: Int, column: Int) -> String {
        precondition(row >= 0, "row must be 0-based and non-negative")
        return columnLetters(column) + String(row + 1)
    }

    /// The 0-based position of an A1 reference such as "B7" or "$B$7"; nil when it is not one cell.
    public static func coordinates(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0
        var letterCount = 0
        var row = 0
        var digitCount = 0
        for byte in reference.utf8 {
            if byte == UInt8(ascii: "$") {
                // A "$" may precede the letters or the digits, nothing else.
                guard digitCount == 0 else { return nil }
                continue
            }
            let upper = byte & ~0x20
            if digitCount == 0, upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") {
                column = column * 26 + Int(upper - UInt8(ascii: "A")) + 1
                letterCount += 1
                if letterCount > 3 { return nil }
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), letterCount > 0 {
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digitCount += 1
                if digitCount > 7 { return nil }
            } else {
                return nil
            }
        }
        guard letterCount > 0, digitCount > 0, row > 0 else { return nil }
        return (row - 1, column - 1)
    }
}
