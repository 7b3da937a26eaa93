import CivilTime

/// The integer program behind a shift plan, and the map from its columns back to days and variants.
///
/// Columns count shifts: per (day, variant), or — for a ``ShiftGroup`` with disjoint break
/// windows — per (day, start) with, for each break, a count per grid position that sums to the
/// shifts (see ``BreakFormulation``). In ``ShiftPlanMode/balance`` each interval also gets a
/// continuous shortfall and surplus. Rows:
/// - cover: Σ share worked × count ≥ required, for every interval that requires anyone;
/// - balance: Σ share worked × count + short − over = required, for every interval that requires
///   anyone or that some shift works in;
/// - per day and template: min_per_day ≤ Σ shifts ≤ max_per_day;
/// - caps: Σ shifts ≤ N per day; Σ paid hours × shifts ≤ H per ISO week.
struct ShiftPlanModel {
    /// A column counting shifts of one variant on one day.
    struct Counted {
        let column: Int
        let day: Int
        let variant: Int
    }

    /// A column counting shifts of one group on one day, with its break-position columns.
    struct Aggregated {
        let column: Int
        let day: Int
        let group: Int
        /// Per break of the template: (minutes after the start, column) for each grid position.
        let breakColumns: [[(offset: Int, column: Int)]]
    }

    let mode: ShiftPlanMode
    private(set) var program = MixedIntegerProgram()
    private(set) var counted: [Counted] = []
    private(set) var aggregated: [Aggregated] = []
    /// (day, variant) pairs the plan may choose from.
    private(set) var candidateCount = 0
    /// Intervals that require agents but no candidate shift works in (cover mode only).
    private(set) var uncoverable: [Int] = []

    init(mode: ShiftPlanMode, grid: CoverageGrid, templates: [ShiftTemplate], variants: [ShiftVariant], groups: [ShiftGroup],
         patterns: [[(offset: Int, share: Double)]], options: ShiftPlanOptions) {
        self.mode = mode
        var entries = [[(column: Int, share: Double)]](repeating: [], count: grid.slotCount)
        var shiftsByDayAndTemplate: [[Int]: [Int]] = [:]
        var shiftsByDay = [[Int]](repeating: [], count: grid.dayCount)
        var paidHours: [Int: Double] = [:]

        for day in 0..<grid.dayCount {
            let weekday = grid.date(ofDay: day).weekday
            for (groupIndex, group) in groups.enumerated() {
                let template = templates[group.template]
                guard template.days.contains(weekday) else { continue }
                var bounds: [Double] = []
                for variant in group.variants {
                    bounds.append(Self.upperBound(pattern: patterns[variant], day: day, grid: grid, template: template, options: options))
                }
                let name = "\(grid.date(ofDay: day)) \(template.name) \(group.start)"
                if options.breakFormulation == .implicit, let positions = group.breakPositions {
                    guard let upper = Self.groupBound(bounds, template: template, options: options) else { continue }
                    candidateCount += group.variants.count
                    let column = program.addVariable(name: name, upper: upper, cost: template.cost, isInteger: true)
                    let span = ShiftVariant(template: template.name, start: group.start, lengthMinutes: template.lengthMinutes,
                                            breaks: [], cost: template.cost)
                    Self.add(grid.pattern(of: span), day: day, column: column, sign: 1, grid: grid, to: &entries)
                    var breakColumns: [[(offset: Int, column: Int)]] = []
                    for (rule, offsets) in zip(template.breaks, positions) {
                        var columns: [(offset: Int, column: Int)] = []
                        for offset in offsets {
                            let breakColumn = program.addVariable(name: "\(name) \(rule.name) +\(offset)m", upper: upper, isInteger: true)
                            columns.append((offset, breakColumn))
                            let begin = group.start.minutes + offset
                            var cells: [(offset: Int, share: Double)] = []
                            for slot in (begin / grid.slotMinutes)...((begin + rule.durationMinutes - 1) / grid.slotMinutes) {
                                let overlap = min(begin + rule.durationMinutes, (slot + 1) * grid.slotMinutes) - max(begin, slot * grid.slotMinutes)
                                cells.append((slot, Double(overlap) / Double(grid.slotMinutes)))
                            }
                            Self.add(cells, day: day, column: breakColumn, sign: -1, grid: grid, to: &entries)
                        }
                        program.addConstraint(name: "\(name) \(rule.name) placed", columns: columns.map(\.column) + [column],
                                              coefficients: columns.map { _ in 1 } + [-1], .equal, 0)
                        breakColumns.append(columns)
                    }
                    aggregated.append(Aggregated(column: column, day: day, group: groupIndex, breakColumns: breakColumns))
                    shiftsByDayAndTemplate[[day, group.template], default: []].append(column)
                    shiftsByDay[day].append(column)
                    paidHours[column] = template.paidHours
                } else {
                    for (variant, upper) in zip(group.variants, bounds) where upper > 0 {
                        candidateCount += 1
                        let column = program.addVariable(name: "\(name) #\(variant)", upper: upper, cost: variants[variant].cost,
                                                         isInteger: true)
                        counted.append(Counted(column: column, day: day, variant: variant))
                        Self.add(patterns[variant], day: day, column: column, sign: 1, grid: grid, to: &entries)
                        shiftsByDayAndTemplate[[day, group.template], default: []].append(column)
                        shiftsByDay[day].append(column)
                        paidHours[column] = variants[variant].paidHours
                    }
                }
            }
        }

        addCoverageRows(grid: grid, entries: entries, options: options)

        for (key, columns) in shiftsByDayAndTemplate.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let template = templates[key[1]]
            let name = "\(grid.date(ofDay: key[0])) \(template.name)"
            if template.minimumPerDay > 0 {
                program.addConstraint(name: "min \(name)", columns: columns, coefficients: columns.map { _ in 1 },
                                      .greaterOrEqual, Double(template.minimumPerDay))
            }
            if let maximum = template.maximumPerDay, columns.count > 1 {
                program.addConstraint(name: "max \(name)", columns: columns, coefficients: columns.map { _ in 1 },
                                      .lessOrEqual, Double(maximum))
            }
        }
        if let cap = options.maximumAgentsPerDay {
            for (day, columns) in shiftsByDay.enumerated() where !columns.isEmpty {
                program.addConstraint(name: "agents \(grid.date(ofDay: day))", columns: columns,
                                      coefficients: columns.map { _ in 1 }, .lessOrEqual, Double(cap))
            }
        }
        if let hours = options.maximumPaidHoursPerWeek {
            var byWeek: [Int: [Int]] = [:]
            for (day, columns) in shiftsByDay.enumerated() {
                let date = grid.date(ofDay: day)
                byWeek[date.dayNumber - (date.weekday.isoNumber - 1), default: []] += columns
            }
            for (monday, columns) in byWeek.sorted(by: { $0.key < $1.key }) where !columns.isEmpty {
                program.addConstraint(name: "paid hours week of \(LocalDate(dayNumber: monday))", columns: columns,
                                      coefficients: columns.map { paidHours[$0] ?? 0 }, .lessOrEqual, hours)
            }
        }
    }

    /// Shifts per day and variant in a solution of the program (counts above 0 only).
    func counts(in values: [Double], variants: [ShiftVariant], groups: [ShiftGroup], templates: [ShiftTemplate])
        throws(SchedulingError) -> [(day: Int, variant: ShiftVariant, count: Int)] {
        var result: [(day: Int, variant: ShiftVariant, count: Int)] = []
        for entry in counted {
            let count = Int(values[entry.column].rounded())
            if count > 0 { result.append((entry.day, variants[entry.variant], count)) }
        }
        for entry in aggregated {
            let shifts = Int(values[entry.column].rounded())
            guard shifts > 0 else { continue }
            let group = groups[entry.group]
            let template = templates[group.template]
            // Each break's positions, one per shift, in time order; the i-th shift takes the i-th of
            // each. Any pairing is a valid variant because the windows cannot overlap.
            var placements: [[Int]] = []
            for columns in entry.breakColumns {
                var offsets: [Int] = []
                for (offset, column) in columns {
                    offsets += Array(repeating: offset, count: max(0, Int(values[column].rounded())))
                }
                guard offsets.count == shifts else {
                    throw .solver("break positions (\(offsets.count)) do not add up to the \(shifts) shifts of \(template.name) at \(group.start)")
                }
                placements.append(offsets)
            }
            var tally: [ShiftVariant: Int] = [:]
            for index in 0..<shifts {
                let breaks = zip(template.breaks, placements).map { rule, offsets in
                    PlacedBreak(name: rule.name, offsetMinutes: offsets[index], durationMinutes: rule.durationMinutes, isPaid: rule.isPaid)
                }
                let variant = ShiftVariant(template: template.name, start: group.start, lengthMinutes: template.lengthMinutes,
                                           breaks: breaks, cost: template.cost)
                tally[variant, default: 0] += 1
            }
            for (variant, count) in tally { result.append((entry.day, variant, count)) }
        }
        return result
    }

    // MARK: Building

    private mutating func addCoverageRows(grid: CoverageGrid, entries: [[(column: Int, share: Double)]], options: ShiftPlanOptions) {
        let hoursPerSlot = Double(grid.slotMinutes) / 60
        for slot in 0..<grid.slotCount {
            let required = grid.required[slot]
            let cells = entries[slot]
            let name = grid.label(ofSlot: slot)
            let works = cells.contains { $0.share > 0 }
            switch mode {
            case .cover:
                guard required > 0 else { continue }
                guard works else {
                    uncoverable.append(slot)
                    continue
                }
                program.addConstraint(name: name, columns: cells.map(\.column), coefficients: cells.map(\.share),
                                      .greaterOrEqual, required)
            case .balance:
                guard required > 0 || works else { continue }
                var columns = cells.map(\.column)
                var coefficients = cells.map(\.share)
                if required > 0 {
                    columns.append(program.addVariable(name: "short \(name)", upper: required, cost: options.underWeight * hoursPerSlot))
                    coefficients.append(1)
                }
                if works {
                    columns.append(program.addVariable(name: "over \(name)", cost: options.overWeight * hoursPerSlot))
                    coefficients.append(-1)
                }
                program.addConstraint(name: name, columns: columns, coefficients: coefficients, .equal, required)
            }
        }
    }

    /// Adds a column's shares to the slots of `day` it touches (ignoring those past the horizon).
    private static func add(_ cells: [(offset: Int, share: Double)], day: Int, column: Int, sign: Double, grid: CoverageGrid,
                            to entries: inout [[(column: Int, share: Double)]]) {
        for cell in cells {
            let slot = day * grid.slotsPerDay + cell.offset
            guard slot < grid.slotCount else { break }
            entries[slot].append((column, sign * cell.share))
        }
    }

    /// A count of one variant beyond every requirement it works in only adds cost, so it need not
    /// exceed the largest (required ÷ share) among those intervals; at least `min_per_day`, at most
    /// `max_per_day` and the daily cap.
    private static func upperBound(pattern: [(offset: Int, share: Double)], day: Int, grid: CoverageGrid, template: ShiftTemplate,
                                   options: ShiftPlanOptions) -> Double {
        var upper = 0.0
        for cell in pattern {
            let slot = day * grid.slotsPerDay + cell.offset
            guard slot < grid.slotCount else { break }
            if grid.required[slot] > 0 { upper = max(upper, (grid.required[slot] / cell.share - 1e-9).rounded(.up)) }
        }
        upper = max(upper, Double(template.minimumPerDay))
        if let maximum = template.maximumPerDay { upper = min(upper, Double(maximum)) }
        if let cap = options.maximumAgentsPerDay { upper = min(upper, Double(cap)) }
        return upper
    }

    /// The bound on a group's shifts: the sum of its variants' bounds, capped; nil when that is 0.
    private static func groupBound(_ bounds: [Double], template: ShiftTemplate, options: ShiftPlanOptions) -> Double? {
        var upper = bounds.reduce(0, +)
        if let maximum = template.maximumPerDay { upper = min(upper, Double(maximum)) }
        if let cap = options.maximumAgentsPerDay { upper = min(upper, Double(cap)) }
        return upper > 0 ? upper : nil
    }
}
