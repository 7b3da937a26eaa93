/// Text for `headset qa` tables: rendered tables leave padding after an empty last column,
/// which editors flag and diffs show; this drops it.
enum QaTableText {
    static func withoutTrailingSpaces(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n")
    }
}
