import CivilTime

extension ShiftTemplate {
    /// Every variant of this template: each start × each placement of the breaks with break
    /// starts on the `gridMinutes` grid of the clock, each break inside its window, no two
    /// breaks overlapping. Placements that differ only in which of two identical breaks comes
    /// first are one variant.
    ///
    /// Throws when some start has no placement on the grid, or when there would be more than
    /// `limit` variants (windows too wide for the grid).
    public func variants(gridMinutes: Int, limit: Int = 200_000) throws(SchedulingError) -> [ShiftVariant] {
        guard gridMinutes > 0 else {
            throw .invalidInput(field: "interval", value: "\(gridMinutes) minutes", requirement: "must be more than 0 minutes")
        }
        var result: [ShiftVariant] = []
        for start in starts {
            var seen = Set<[PlacedBreak]>()
            let windows = breaks.map { rule in
                (rule, rule.startOffsets(shiftStart: start.minutes, lengthMinutes: lengthMinutes))
            }
            var placed: [PlacedBreak] = []
            var exceeded = false
            func place(_ index: Int) {
                if exceeded { return }
                if index == windows.count {
                    if seen.insert(placed.sorted()).inserted {
                        result.append(ShiftVariant(template: name, start: start, lengthMinutes: lengthMinutes, breaks: placed, cost: cost))
                        if result.count > limit { exceeded = true }
                    }
                    return
                }
                let (rule, window) = windows[index]
                guard let range = window else { return }
                var offset = Self.alignedOffset(atLeast: range.lowerBound, shiftStart: start.minutes, grid: gridMinutes)
                while offset <= range.upperBound {
                    let end = offset + rule.durationMinutes
                    if placed.allSatisfy({ end <= $0.offsetMinutes || offset >= $0.endOffsetMinutes }) {
                        placed.append(PlacedBreak(name: rule.name, offsetMinutes: offset, durationMinutes: rule.durationMinutes,
                                                  isPaid: rule.isPaid))
                        place(index + 1)
                        placed.removeLast()
                    }
                    offset += gridMinutes
                }
            }
            place(0)
            if exceeded {
                throw .invalidTemplate(template: name, field: "breaks", message: "more than \(limit) variants of breaks on the "
                    + "\(gridMinutes)-minute grid; narrow the break windows or list fewer starts", location: location)
            }
            if seen.isEmpty {
                throw .invalidTemplate(template: name, field: "breaks", message: "no placement of the breaks with starts on the "
                    + "\(gridMinutes)-minute interval grid fits the shift starting \(start); widen the windows", location: location)
            }
        }
        return result
    }
}
