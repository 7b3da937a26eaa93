/// Built-in number format codes and the date-format heuristic.
enum NumberFormats {
    /// Built-in ids per ECMA-376 Part 1, 18.8.30; 5-8 and 41-44 (locale currency and accounting,
    /// not fixed by the standard) use the en-US codes libxlsxwriter writes. 47 is "mm:ss.0", as Excel
    /// shows it (the standard's table prints "mmss.0").
    static let builtIn: [Int: String] = [
        0: "General",
        1: "0",
        2: "0.00",
        3: "#,##0",
        4: "#,##0.00",
        5: "($#,##0_);($#,##0)",
        6: "($#,##0_);[Red]($#,##0)",
        7: "($#,##0.00_);($#,##0.00)",
        8: "($#,##0.00_);[Red]($#,##0.00)",
        9: "0%",
        10: "0.00%",
        11: "0.00E+00",
        12: "# ?/?",
        13: "# ??/??",
        14: "mm-dd-yy",
        15: "d-mmm-yy",
        16: "d-mmm",
        17: "mmm-yy",
        18: "h:mm AM/PM",
        19: "h:mm:ss AM/PM",
        20: "h:mm",
        21: "h:mm:ss",
        22: "m/d/yy h:mm",
        37: "#,##0 ;(#,##0)",
        38: "#,##0 ;[Red](#,##0)",
        39: "#,##0.00;(#,##0.00)",
        40: "#,##0.00;[Red](#,##0.00)",
        41: #"_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)"#,
        42: #"_($* #,##0_);_($* (#,##0);_($* "-"_);_(@_)"#,
        43: #"_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)"#,
        44: #"_($* #,##0.00_);_($* (#,##0.00);_($* "-"??_);_(@_)"#,
        45: "mm:ss",
        46: "[h]:mm:ss",
        47: "mm:ss.0",
        48: "##0.0E+0",
        49: "@",
    ]

    /// Locale-specific built-in ids that are dates or times (East Asian calendars, ECMA-376 18.8.30 notes).
    private static let localeDateIds: Set<Int> = Set(27...36).union(50...58)

    /// The code for a `numFmtId` with no `<numFmt>` entry: the built-in code, or "[builtin N]" for an id
    /// whose code depends on the locale (so tests see that it was not a known code).
    static func code(forBuiltIn id: Int) -> String {
        builtIn[id] ?? "[builtin \(id)]"
    }

    /// Whether `code` (or built-in `id`, when given) shows a date, time or duration.
    static func isDate(code: String, id: Int?) -> Bool {
        if let id, localeDateIds.contains(id) { return true }
        var iterator = code.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar {
            case "\"":
                while let quoted = iterator.next(), quoted != "\"" {}
            case "\\", "_", "*":
                _ = iterator.next()
            case "[":
                var inside = ""
                while let bracketed = iterator.next(), bracketed != "]" { inside.unicodeScalars.append(bracketed) }
                if isElapsedTime(inside) { return true }
            case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S":
                return true
            default:
                continue
            }
        }
        return false
    }

    /// "[h]", "[hh]", "[mm]", "[ss]": elapsed hours, minutes or seconds.
    private static func isElapsedTime(_ bracketed: String) -> Bool {
        let lower = bracketed.lowercased()
        guard let first = lower.first, "hms".contains(first) else { return false }
        return lower.allSatisfy { $0 == first }
    }
}
