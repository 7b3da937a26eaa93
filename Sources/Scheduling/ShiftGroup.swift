import CivilTime

/// The variants of one template that share a start time, and whether the plan may count their
/// breaks position by position instead of variant by variant.
///
/// When no two of the template's break windows can overlap for this start (each window from its
/// earliest start to its latest end), every choice of one position per break is a valid variant,
/// so the program can count shifts per start and breaks per position — the implicit break model
/// of Bechtold & Jacobs (1990) and Aykin (1996) — with the same optimum and LP bound as counting
/// every variant, and far fewer columns. Otherwise the variants are counted one by one.
struct ShiftGroup: Sendable {
    let template: Int
    let start: TimeOfDay
    /// Indices into the planner's variants.
    let variants: Range<Int>
    /// Per break of the template, its grid positions (minutes after the shift start); nil when the
    /// windows can overlap and the variants must be counted one by one.
    let breakPositions: [[Int]]?

    /// Splits `variants` (template by template, start by start) into groups.
    static func groups(of variants: [ShiftVariant], templates: [ShiftTemplate], gridMinutes: Int) -> [ShiftGroup] {
        let templateIndex = Dictionary(uniqueKeysWithValues: templates.enumerated().map { ($1.name, $0) })
        var groups: [ShiftGroup] = []
        var first = 0
        while first < variants.count {
            var end = first + 1
            while end < variants.count, variants[end].template == variants[first].template,
                  variants[end].start == variants[first].start { end += 1 }
            let owner = templateIndex[variants[first].template] ?? 0
            groups.append(ShiftGroup(template: owner, start: variants[first].start, variants: first..<end,
                                     breakPositions: positions(templates[owner], start: variants[first].start, gridMinutes: gridMinutes)))
            first = end
        }
        return groups
    }

    /// Each break's grid positions, when the breaks' windows are pairwise disjoint for this start.
    private static func positions(_ template: ShiftTemplate, start: TimeOfDay, gridMinutes: Int) -> [[Int]]? {
        guard !template.breaks.isEmpty else { return nil }
        var spans: [(from: Int, to: Int)] = []
        var positions: [[Int]] = []
        for rule in template.breaks {
            guard let range = rule.startOffsets(shiftStart: start.minutes, lengthMinutes: template.lengthMinutes) else { return nil }
            spans.append((range.lowerBound, range.upperBound + rule.durationMinutes))
            let first = ShiftTemplate.alignedOffset(atLeast: range.lowerBound, shiftStart: start.minutes, grid: gridMinutes)
            positions.append(Array(stride(from: first, through: range.upperBound, by: gridMinutes)))
        }
        for (index, span) in spans.enumerated() {
            for other in spans[(index + 1)...] where span.from < other.to && other.from < span.to { return nil }
        }
        return positions.allSatisfy { !$0.isEmpty } ? positions : nil
    }
}
