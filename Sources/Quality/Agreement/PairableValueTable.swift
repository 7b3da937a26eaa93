/// The pairable values of a reliability matrix tallied by distinct value, unit by unit: what
/// Krippendorff's alpha and the coincidence matrix are computed from.
///
/// A value is pairable when its unit has at least two values (Krippendorff 2011, step B.2); values
/// alone in their unit are left out. Work and memory grow with the number of values plus, per
/// unit, its distinct values — never with pairs of units — so 10,000 units × 20 raters is one pass.
struct PairableValueTable {
    /// Distinct pairable values, ascending.
    let values: [Double]
    /// n_c: how many pairable values equal `values[c]`.
    let totals: [Double]
    /// n..: all pairable values.
    let pairableValues: Int
    /// Units with two or more values.
    let pairableUnits: Int
    /// Unit u's tallies are `entries[unitStarts[u] ..< unitStarts[u + 1]]`, pairable units only.
    let unitStarts: [Int]
    let entries: [Entry]

    struct Entry {
        /// Index into `values`.
        var value: Int
        /// How many raters gave that value in the unit.
        var count: Int
    }

    /// - Parameters:
    ///   - ratings: one row per unit, one column per rater; nil is a missing value. Rows may differ
    ///     in length (a short row is missing values at its end).
    ///   - rejectNegative: true for the ratio level, whose zero is absolute.
    init(ratings: [[Double?]], rejectNegative: Bool) throws(AgreementError) {
        var provisionalIndex: [Double: Int] = [:]
        var provisionalValues: [Double] = []
        var unitStarts = [0]
        var entries: [Entry] = []
        // Where each provisional value sits in the current unit's entries (-1: not in the unit).
        var slot: [Int] = []

        for (u, row) in ratings.enumerated() {
            var present = 0
            for (r, value) in row.enumerated() {
                guard let value else { continue }
                guard value.isFinite else { throw .nonFiniteValue(unit: u + 1, rater: r + 1) }
                if rejectNegative && value < 0 {
                    throw .negativeRatioValue(unit: u + 1, rater: r + 1, value: value)
                }
                present += 1
            }
            guard present >= 2 else { continue }
            let start = entries.count
            for value in row {
                guard let value else { continue }
                let index: Int
                if let known = provisionalIndex[value] {
                    index = known
                } else {
                    index = provisionalValues.count
                    provisionalIndex[value] = index
                    provisionalValues.append(value)
                    slot.append(-1)
                }
                if slot[index] >= 0 {
                    entries[slot[index]].count += 1
                } else {
                    slot[index] = entries.count
                    entries.append(Entry(value: index, count: 1))
                }
            }
            for entry in entries[start...] { slot[entry.value] = -1 }
            unitStarts.append(entries.count)
        }

        // Renumber values in ascending order: the ordinal metric and reports need them sorted.
        let order = provisionalValues.indices.sorted { provisionalValues[$0] < provisionalValues[$1] }
        var rank = [Int](repeating: 0, count: order.count)
        for (position, provisional) in order.enumerated() { rank[provisional] = position }
        var totals = [Double](repeating: 0, count: order.count)
        var pairable = 0
        for i in entries.indices {
            entries[i].value = rank[entries[i].value]
            totals[entries[i].value] += Double(entries[i].count)
            pairable += entries[i].count
        }

        self.values = order.map { provisionalValues[$0] }
        self.totals = totals
        self.pairableValues = pairable
        self.pairableUnits = unitStarts.count - 1
        self.unitStarts = unitStarts
        self.entries = entries
    }

    /// The tallies of pairable unit `u` and its number of values m_u.
    func unit(_ u: Int) -> (entries: ArraySlice<Entry>, valueCount: Int) {
        let slice = entries[unitStarts[u] ..< unitStarts[u + 1]]
        return (slice, slice.reduce(0) { $0 + $1.count })
    }
}
