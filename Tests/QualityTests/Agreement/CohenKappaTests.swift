import Testing
@testable import Quality

@Suite("Cohen's kappa")
struct CohenKappaTests {
    /// Wikipedia, "Cohen's kappa", worked example: 50 grant proposals, both readers yes 20, A yes
    /// and B no 5, A no and B yes 10, both no 15 → p_o = 0.70, p_e = 0.50, κ = 0.40.
    @Test("Wikipedia's grant-proposal example gives 0.40")
    func wikipediaExample() throws {
        let result = try CohenKappa(table: [[20, 5], [10, 15]])
        #expect(abs(try #require(result.kappa) - 0.40) < 1e-12)
        #expect(abs(result.observedAgreement - 0.70) < 1e-12)
        #expect(abs(result.expectedAgreement - 0.50) < 1e-12)
    }

    /// Cohen (1968), "Weighted kappa", Psychological Bulletin 70(4), 213–220, example table (as
    /// proportions, reproduced in the R `psych::cohen.kappa` documentation): κ = .492 unweighted,
    /// κ_w = .348 with disagreement weights 1, 3, 6, and κ_w = .353 with the non-symmetric weights
    /// of his second example. The same table as counts of 200 (88 14 18 / 10 40 10 / 2 6 12) is the
    /// example of Cardillo's MATLAB `kappa.m`: p_o = 0.7000, p_e = 0.4100, κ = 0.4915.
    static let cohen1968: [[Double]] = [
        [0.44, 0.07, 0.09],
        [0.05, 0.20, 0.05],
        [0.01, 0.03, 0.06],
    ]

    @Test("Cohen's 1968 example: .492 unweighted, .348 and .353 with his disagreement weights")
    func cohen1968Example() throws {
        let plain = try CohenKappa(table: Self.cohen1968)
        #expect(abs(try #require(plain.kappa) - 0.4915) < 0.00005)
        #expect(abs(plain.observedAgreement - 0.70) < 1e-12)
        #expect(abs(plain.expectedAgreement - 0.41) < 1e-12)

        let symmetric = try CohenKappa(table: Self.cohen1968,
                                       weighting: .disagreement([[0, 1, 3], [1, 0, 6], [3, 6, 0]]))
        #expect(abs(try #require(symmetric.kappa) - 0.348) < 0.0005)

        let asymmetric = try CohenKappa(table: Self.cohen1968,
                                        weighting: .disagreement([[0, 1, 4], [1, 0, 6], [2, 2, 0]]))
        #expect(abs(try #require(asymmetric.kappa) - 0.353) < 0.0005)

        let counts = try CohenKappa(table: [[88, 14, 18], [10, 40, 10], [2, 6, 12]])
        #expect(abs(try #require(counts.kappa) - 0.4915) < 0.00005)
    }

    /// scikit-learn's test suite for `cohen_kappa_score` (sklearn/metrics/tests/test_classification.py):
    /// rater 1 = 46 × 0, 44 × 1, 10 × 2 against rater 2 = 50 × 0, 40 × 1, 10 × 2 gives 0.9315
    /// unweighted, 0.9412 linear, 0.9541 quadratic; against 52 × 0, 32 × 1, 16 × 2 it gives 0.8013
    /// (Artstein & Poesio 2008, "Inter-coder agreement for computational linguistics", Table 4).
    @Test("scikit-learn's weighting example: 0.9315, linear 0.9412, quadratic 0.9541", arguments: [
        (KappaWeighting.unweighted, 0.9315), (.linear, 0.9412), (.quadratic, 0.9541),
    ])
    func scikitLearnWeighting(weighting: KappaWeighting, published: Double) throws {
        let first = Array(repeating: 0, count: 46) + Array(repeating: 1, count: 44) + Array(repeating: 2, count: 10)
        let second = Array(repeating: 0, count: 50) + Array(repeating: 1, count: 40) + Array(repeating: 2, count: 10)
        let result = try CohenKappa(first: first.map(Optional.some), second: second.map(Optional.some),
                                    weighting: weighting)
        #expect(abs(try #require(result.kappa) - published) < 0.00005)
    }

    @Test("Artstein and Poesio's three-category example gives 0.8013")
    func artsteinPoesio() throws {
        let first = Array(repeating: 0, count: 46) + Array(repeating: 1, count: 44) + Array(repeating: 2, count: 10)
        let second = Array(repeating: 0, count: 52) + Array(repeating: 1, count: 32) + Array(repeating: 2, count: 16)
        let result = try CohenKappa(first: first.map(Optional.some), second: second.map(Optional.some))
        #expect(abs(try #require(result.kappa) - 0.8013) < 0.00005)
    }

    @Test("subjects one rater skipped are left out and counted")
    func missingRatingsSkipped() throws {
        let withGaps = try CohenKappa(first: ["yes", "no", nil, "yes", "no"], second: ["yes", "no", "yes", nil, "yes"])
        let complete = try CohenKappa(first: ["yes", "no", "no"], second: ["yes", "no", "yes"])
        #expect(withGaps.kappa == complete.kappa)
        #expect(withGaps.skippedSubjects == 2)
        #expect(withGaps.table == [[1, 1], [0, 1]])   // categories ascending: no, yes
    }

    @Test("listing an unused scale point changes the spacing of linear weights, not plain kappa")
    func unusedCategories() throws {
        let first: [Int?] = [1, 2, 3, 3, 5, 1]
        let second: [Int?] = [1, 3, 3, 2, 5, 2]
        let observedOnly = try CohenKappa(first: first, second: second, weighting: .linear)
        let fullScale = try CohenKappa(first: first, second: second, categories: [1, 2, 3, 4, 5], weighting: .linear)
        #expect(observedOnly.kappa != fullScale.kappa)
        let plainObserved = try CohenKappa(first: first, second: second)
        let plainFull = try CohenKappa(first: first, second: second, categories: [1, 2, 3, 4, 5])
        #expect(abs(try #require(plainObserved.kappa) - #require(plainFull.kappa)) < 1e-12)
    }

    @Test("swapping the raters leaves kappa unchanged for symmetric weights",
          arguments: [KappaWeighting.unweighted, .linear, .quadratic])
    func raterSymmetry(weighting: KappaWeighting) throws {
        let table: [[Double]] = [[12, 3, 1, 0], [2, 9, 4, 1], [0, 5, 8, 2], [1, 0, 3, 6]]
        let swapped = table.indices.map { i in table.indices.map { j in table[j][i] } }
        let a = try CohenKappa(table: table, weighting: weighting)
        let b = try CohenKappa(table: swapped, weighting: weighting)
        #expect(abs(try #require(a.kappa) - #require(b.kappa)) < 1e-12)
    }

    @Test("two categories: linear and quadratic weights are plain kappa")
    func twoCategoriesWeightsCoincide() throws {
        let table: [[Double]] = [[20, 5], [10, 15]]
        let plain = try #require(try CohenKappa(table: table).kappa)
        #expect(abs(try #require(try CohenKappa(table: table, weighting: .linear).kappa) - plain) < 1e-12)
        #expect(abs(try #require(try CohenKappa(table: table, weighting: .quadratic).kappa) - plain) < 1e-12)
    }

    @Test("both raters using one category for everything leaves kappa undefined")
    func undefined() throws {
        let result = try CohenKappa(first: ["pass", "pass"], second: ["pass", "pass"], categories: ["fail", "pass"])
        #expect(result.kappa == nil)
        #expect(result.observedAgreement == 1)
    }

    @Test("malformed input is named")
    func errors() {
        #expect(throws: AgreementError.lengthMismatch(first: 2, second: 1)) {
            try CohenKappa(first: [1, 2], second: [1])
        }
        #expect(throws: AgreementError.unknownCategory("maybe")) {
            try CohenKappa(first: ["yes", "maybe"], second: ["yes", "no"], categories: ["no", "yes"])
        }
        #expect(throws: AgreementError.noSubjects) {
            try CohenKappa(first: [1, nil], second: [nil, 2])
        }
        #expect(throws: AgreementError.noSubjects) {
            try CohenKappa(table: [[0, 0], [0, 0]])
        }
        #expect(throws: AgreementError.self) { try CohenKappa(table: [[1, 2], [3]]) }
        #expect(throws: AgreementError.self) { try CohenKappa(table: [[1, -2], [3, 4]]) }
        #expect(throws: AgreementError.self) {
            try CohenKappa(table: [[1, 2], [3, 4]], weighting: .disagreement([[0, 1, 2], [1, 0, 1], [2, 1, 0]]))
        }
        #expect(throws: AgreementError.self) {
            try CohenKappa(table: [[1, 2], [3, 4]], weighting: .disagreement([[1, 1], [1, 0]]))
        }
        #expect(throws: AgreementError.self) {
            try CohenKappa(first: [1, 2], second: [1, 2], categories: [1, 2, 1])
        }
    }
}
