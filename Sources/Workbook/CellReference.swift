/// A1-style cell references and Excel's grid limits.
public enum CellReference {
    /// Excel's last row index (0-based): 1,048,576 rows.
    public static let maxRow = 1_048_575
    /// Excel's last column index (0-based): 16,384 columns (XFD).
    public static let maxColumn = 16_383

    /// Column letters for a 0-based index: 0 → `A`, 25 → `Z`, 26 → `AA`.
    public static func columnLetters(_ column: Int) -> String {
        var index = column + 1
        var letters: [Character] = []
        while index > 0 {
            let remainder = (index - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + remainder))))
            index = (index - 1) / 26
        }
        return String(letters.reversed())
    }

    /// A relative reference such as `B7` for 0-based row and column.
    public static func a1(row: Int, column: Int) -> String {
        "\(columnLetters(column))\(row + 1)"
    }

    /// An absolute reference such as `$B$7`.
    public static func absolute(row: Int, column: Int) -> String {
        "$\(columnLetters(column))$\(row + 1)"
    }

    static func isInGrid(row: Int, column: Int) -> Bool {
        (0...maxRow).contains(row) && (0...maxColumn).contains(column)
    }
}
