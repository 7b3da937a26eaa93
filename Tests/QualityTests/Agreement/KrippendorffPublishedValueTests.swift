import Testing
@testable import Quality

/// Krippendorff's alpha against published examples; each cites where its data and values come from.
@Suite("Krippendorff's alpha against published values")
struct KrippendorffPublishedValueTests {
    /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for
    /// Communication, University of Pennsylvania, section D: 4 observers × 12 units, values 1–5,
    /// with missing values, printed observers × units. The same matrix is the example of the R
    /// `irr::kripp.alpha` documentation and the `krippendorff` Python package (pln-fing-udelar),
    /// whose docs repeat 0.815 (ordinal) and 0.797 (ratio).
    static let observersByUnits: [[Double?]] = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, nil, nil, nil],   // observer A
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nil, 3],       // observer B
        [nil, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nil],     // observer C
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nil],       // observer D
    ]

    @Test("the 4 observers × 12 units example gives the published alpha at every level", arguments: [
        (MeasurementLevel.nominal, 0.743), (.ordinal, 0.815), (.interval, 0.849), (.ratio, 0.797),
    ])
    func krippendorff2011Example(level: MeasurementLevel, published: Double) throws {
        let result = try KrippendorffAlpha(ratings: transposed(Self.observersByUnits), level: level)
        let alpha = try #require(result.alpha)
        #expect(abs(alpha - published) < 0.0005, "\(level): \(alpha)")
        // Unit 12 has a single value, so 11 units and n.. = 40 pairable values remain (as in the paper).
        #expect(result.units == 11)
        #expect(result.pairableValues == 40)
        #expect(abs(1 - result.observedDisagreement / result.expectedDisagreement - alpha) < 1e-12)
    }

    /// n_c of the same example counted by hand from the matrix, units 1–11: value 1 appears 9
    /// times, 2 13 times, 3 10 times, 4 5 times, 5 3 times (n.. = 40).
    @Test("the coincidence matrix of the example has the hand-counted value totals")
    func krippendorff2011Coincidences() throws {
        let matrix = try CoincidenceMatrix(ratings: transposed(Self.observersByUnits))
        #expect(matrix.values == [1, 2, 3, 4, 5])
        #expect(zip(matrix.valueTotals, [9.0, 13, 10, 5, 3]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(matrix.pairableValues == 40)
        #expect(matrix.units == 11)
        // Only units 3 and 4 hold two or more 3s: all four observers, 4 × 3 ordered pairs / (4 − 1) each.
        #expect(abs(matrix.coincidences[2][2] - 8) < 1e-12)
    }

    /// Wikipedia, "Krippendorff's alpha", section "A computational example": 3 coders × 15 units
    /// with missing values; α_nominal = 0.691, α_interval = 0.811. The `krippendorff` Python
    /// package documents the same data to six places: 0.691358 and 0.810845.
    static let wikipediaCodersByUnits: [[Double?]] = [
        [nil, nil, nil, nil, nil, 3, 4, 1, 2, 1, 1, 3, 3, nil, 3],            // coder A
        [1, nil, 2, 1, 3, 3, 4, 3, nil, nil, nil, nil, nil, nil, nil],        // coder B
        [nil, nil, 2, 1, 3, 4, 4, nil, 2, 1, 1, 3, 3, nil, 4],                // coder C
    ]

    @Test("Wikipedia's computational example: nominal 0.691358, interval 0.810845", arguments: [
        (MeasurementLevel.nominal, 0.691358), (.interval, 0.810845),
    ])
    func wikipediaExample(level: MeasurementLevel, published: Double) throws {
        let result = try KrippendorffAlpha(ratings: transposed(Self.wikipediaCodersByUnits), level: level)
        #expect(abs(try #require(result.alpha) - published) < 5e-7)
    }

    /// Krippendorff's reliability data are printed coders × units; Headset reads units × raters.
    private func transposed(_ codersByUnits: [[Double?]]) -> [[Double?]] {
        (0..<codersByUnits[0].count).map { unit in codersByUnits.map { $0[unit] } }
    }
}
