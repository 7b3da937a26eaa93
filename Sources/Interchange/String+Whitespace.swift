extension String {
    /// The string without leading and trailing whitespace (spaces, tabs, Unicode spaces).
    func trimmingWhitespace() -> String {
        // Fast path for the common cell: starts and ends with a visible ASCII character.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return self
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        if first == startIndex, index(after: last) == endIndex { return self }
        return String(self[first...last])
    }
}
