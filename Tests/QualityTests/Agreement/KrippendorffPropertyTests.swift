import Testing
@testable import Quality

/// Properties alpha must have for any data; reliability matrices are drawn from a seeded generator.
@Suite("Krippendorff's alpha properties")
struct KrippendorffPropertyTests {
    /// Units × raters on a 1–5 scale, about a quarter missing, raters mostly near a unit's "true" value.
    static func randomRatings(units: Int, raters: Int, seed: UInt64) -> [[Double?]] {
        var generator = Xoshiro256StarStar(seed: seed)
        return (0..<units).map { _ in
            let truth = Int(generator.uniform(below: 5)) + 1
            return (0..<raters).map { _ -> Double? in
                if generator.uniform(below: 4) == 0 { return nil }
                let shift = Int(generator.uniform(below: 3)) - 1
                return Double(min(5, max(1, truth + (generator.uniform(below: 3) == 0 ? shift : 0))))
            }
        }
    }

    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8]

    @Test("raters who always agree give alpha 1 at every level", arguments: MeasurementLevel.allCases)
    func perfectAgreement(level: MeasurementLevel) throws {
        for seed in Self.seeds {
            let perfect = Self.randomRatings(units: 30, raters: 4, seed: seed).map { row in
                let value = row.compactMap { $0 }.first
                return row.map { $0 == nil ? nil : value }
            }
            let result = try KrippendorffAlpha(ratings: perfect, level: level)
            #expect(result.observedDisagreement == 0)
            #expect(try #require(result.alpha) == 1)
        }
    }

    @Test("reordering units and raters leaves alpha unchanged", arguments: MeasurementLevel.allCases)
    func permutationInvariance(level: MeasurementLevel) throws {
        for seed in Self.seeds {
            let ratings = Self.randomRatings(units: 40, raters: 5, seed: seed)
            var generator = Xoshiro256StarStar(seed: seed &+ 100)
            let raterOrder = [4, 2, 0, 3, 1]
            let shuffled = ratings.map { row in raterOrder.map { row[$0] } }.shuffled(using: &generator)
            let original = try KrippendorffAlpha(ratings: ratings, level: level)
            let permuted = try KrippendorffAlpha(ratings: shuffled, level: level)
            #expect(abs(try #require(original.alpha) - #require(permuted.alpha)) < 1e-12)
            #expect(original.units == permuted.units)
            #expect(original.pairableValues == permuted.pairableValues)
        }
    }

    @Test("a unit nobody rated, or only one rater rated, changes nothing", arguments: MeasurementLevel.allCases)
    func unpairableUnitsIgnored(level: MeasurementLevel) throws {
        for seed in Self.seeds {
            let ratings = Self.randomRatings(units: 25, raters: 4, seed: seed)
            let padded = [[nil, nil, nil, nil]] + ratings + [[nil, 3, nil, nil], []]
            let original = try KrippendorffAlpha(ratings: ratings, level: level)
            let withExtra = try KrippendorffAlpha(ratings: padded, level: level)
            #expect(original == withExtra)
        }
    }

    /// The definition read literally: D_o averages δ² over ordered pairs of values from different
    /// raters within each unit (weight 1/(m_u − 1)); D_e over all ordered pairs of pairable values.
    @Test("alpha equals the pairwise definition computed the slow way", arguments: MeasurementLevel.allCases)
    func matchesPairwiseDefinition(level: MeasurementLevel) throws {
        for seed in Self.seeds {
            let ratings = Self.randomRatings(units: 20, raters: 4, seed: seed)
                .map { $0.map { $0.map { $0 * 1.5 + 0.5 } } }   // values 2, 3.5, 5, 6.5, 8
            let units = ratings.map { $0.compactMap { $0 } }.filter { $0.count >= 2 }
            let all = units.flatMap { $0 }
            let n = Double(all.count)
            func delta(_ c: Double, _ k: Double) -> Double {
                switch level {
                case .nominal: return c == k ? 0 : 1
                case .interval: return (c - k) * (c - k)
                case .ratio: return c + k == 0 ? 0 : ((c - k) / (c + k)) * ((c - k) / (c + k))
                case .ordinal:
                    let between = all.filter { $0 >= min(c, k) && $0 <= max(c, k) }.count
                    let half = Double(all.filter { $0 == c }.count + all.filter { $0 == k }.count) / 2
                    return (Double(between) - half) * (Double(between) - half)
                }
            }
            var observed = 0.0
            for unit in units {
                var sum = 0.0
                for i in unit.indices { for j in unit.indices where i != j { sum += delta(unit[i], unit[j]) } }
                observed += sum / Double(unit.count - 1)
            }
            var expected = 0.0
            for i in all.indices { for j in all.indices where i != j { expected += delta(all[i], all[j]) } }
            let slow = 1 - (observed / n) / (expected / (n * (n - 1)))

            let fast = try KrippendorffAlpha(ratings: ratings, level: level)
            #expect(abs(try #require(fast.alpha) - slow) < 1e-12, "seed \(seed)")
        }
    }

    @Test("interval alpha is unchanged by shifting every score by a constant, even a large one")
    func intervalShiftInvariance() throws {
        let ratings = Self.randomRatings(units: 50, raters: 3, seed: 11)
        let shifted = ratings.map { $0.map { $0.map { $0 + 1_000_000 } } }
        let original = try KrippendorffAlpha(ratings: ratings, level: .interval)
        let moved = try KrippendorffAlpha(ratings: shifted, level: .interval)
        #expect(abs(try #require(original.alpha) - #require(moved.alpha)) < 1e-9)
    }

    @Test("everyone giving the same value leaves alpha undefined (nil), not an error")
    func singleValueIsUndefined() throws {
        let result = try KrippendorffAlpha(ratings: [[4, 4], [4, nil, 4], [4, 4, 4]], level: .interval)
        #expect(result.alpha == nil)
        #expect(result.units == 3)
        #expect(result.pairableValues == 7)
        #expect(result.expectedDisagreement == 0)
    }

    @Test("no unit with two values is an error: nothing can be compared")
    func noPairableValues() {
        #expect(throws: AgreementError.noPairableValues) {
            try KrippendorffAlpha(ratings: [[1, nil], [nil, 2], []], level: .nominal)
        }
        #expect(throws: AgreementError.noPairableValues) {
            try KrippendorffAlpha(ratings: [], level: .nominal)
        }
    }

    @Test("values that are not numbers, and negative ratio values, are named by unit and rater")
    func invalidValues() {
        #expect(throws: AgreementError.nonFiniteValue(unit: 2, rater: 3)) {
            try KrippendorffAlpha(ratings: [[1, 2, 3], [1, 2, .nan]], level: .interval)
        }
        #expect(throws: AgreementError.negativeRatioValue(unit: 1, rater: 2, value: -1)) {
            try KrippendorffAlpha(ratings: [[1, -1], [2, 2]], level: .ratio)
        }
        // Negative values are fine where zero is not absolute.
        #expect((try? KrippendorffAlpha(ratings: [[1, -1], [2, 2]], level: .interval)) != nil)
    }

    @Test("the coincidence matrix is symmetric and its totals are the pairable values")
    func coincidenceMatrixShape() throws {
        let ratings = Self.randomRatings(units: 60, raters: 6, seed: 21)
        let matrix = try CoincidenceMatrix(ratings: ratings)
        let alpha = try KrippendorffAlpha(ratings: ratings, level: .nominal)
        for c in matrix.values.indices {
            for k in matrix.values.indices {
                #expect(abs(matrix.coincidences[c][k] - matrix.coincidences[k][c]) < 1e-12)
            }
        }
        #expect(abs(matrix.valueTotals.reduce(0, +) - Double(alpha.pairableValues)) < 1e-9)
        // Nominal D_o is the off-diagonal share of the matrix (Krippendorff 2011, section D).
        let offDiagonal = matrix.values.indices.reduce(0.0) { sum, c in
            sum + matrix.values.indices.reduce(0.0) { $0 + (c == $1 ? 0 : matrix.coincidences[c][$1]) }
        }
        #expect(abs(offDiagonal / Double(matrix.pairableValues) - alpha.observedDisagreement) < 1e-12)
    }

    @Test("the coincidence matrix of a small case, by hand")
    func coincidenceMatrixByHand() throws {
        // Unit 1: 1, 1 → o_11 += 2. Unit 2: 1, 2 → o_12 and o_21 += 1. Unit 3: 2, 2, 2 → o_22 += 6/2.
        let matrix = try CoincidenceMatrix(ratings: [[1, 1], [1, 2], [2, 2, 2]])
        #expect(matrix.values == [1, 2])
        #expect(matrix.coincidences == [[2, 1], [1, 3]])
        #expect(matrix.pairableValues == 7)
    }

    @Test("10,000 units × 20 raters on a 5-point scale compute in one pass")
    func largeReliabilityMatrix() throws {
        let ratings = Self.randomRatings(units: 10_000, raters: 20, seed: 99)
        let result = try KrippendorffAlpha(ratings: ratings, level: .ordinal)
        #expect(result.units == 10_000)
        let alpha = try #require(result.alpha)
        #expect(alpha > 0.5 && alpha < 1)
    }
}
