import Foundation

/// The criterion argument of SUMIFS, COUNTIFS and MAXIFS that matches one text exactly (apart
/// from case, which Excel's criteria always ignore).
///
/// A criterion is not a plain value: `*`, `?` and `~` are wildcards and a leading `<`, `>` or `=`
/// is an operator. A text free of those is passed by reference to the cell that shows it; any
/// other text becomes a quoted literal `"=…"` with the wildcards escaped by `~`, and an empty text
/// becomes `"="`, which matches empty cells.
enum ExcelCriterion {
    static func matching(_ text: String, shownIn cell: String) -> String {
        if !text.isEmpty, !text.contains(where: { "*?~".contains($0) }), !text.hasPrefix("<"),
           !text.hasPrefix(">"), !text.hasPrefix("=") {
            return cell
        }
        var escaped = ""
        for character in text {
            if "*?~".contains(character) { escaped.append("~") }
            escaped.append(character)
        }
        return "\"=" + escaped.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
