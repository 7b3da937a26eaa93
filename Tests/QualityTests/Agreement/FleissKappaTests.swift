import Testing
@testable import Quality

@Suite("Fleiss' kappa")
struct FleissKappaTests {
    /// Wikipedia, "Fleiss' kappa", worked example: 14 raters put each of 10 subjects into one of 5
    /// categories. Published: p_j = 0.143, 0.200, 0.279, 0.150, 0.229; P_i = 1.000, 0.253, 0.308,
    /// 0.440, 0.330, 0.462, 0.242, 0.176, 0.286, 0.286; P̄ = 0.378, P̄e = 0.213, κ = 0.210.
    static let wikipedia: [[Int]] = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ]

    @Test("Wikipedia's 10 subjects × 14 raters × 5 categories: κ 0.210, P̄ 0.378, P̄e 0.213")
    func wikipediaExample() throws {
        let result = try FleissKappa(counts: Self.wikipedia)
        #expect(abs(try #require(result.kappa) - 0.210) < 0.0005)
        #expect(abs(result.meanAgreement - 0.378) < 0.0005)
        #expect(abs(result.expectedAgreement - 0.213) < 0.0005)
        #expect(result.subjects == 10)
        #expect(result.ratersPerSubject == 14)
        for (share, published) in zip(result.categoryShares, [0.143, 0.200, 0.279, 0.150, 0.229]) {
            #expect(abs(share - published) < 0.0005)
        }
        let publishedAgreements = [1.000, 0.253, 0.308, 0.440, 0.330, 0.462, 0.242, 0.176, 0.286, 0.286]
        for (agreement, published) in zip(result.subjectAgreements, publishedAgreements) {
            #expect(abs(agreement - published) < 0.0005)
        }
    }

    /// Fleiss (1971), eq. 21 ff.: the overall kappa is the p_j q_j-weighted mean of the
    /// per-category kappas.
    @Test("the per-category kappas average to the overall kappa, weighted by p_j(1 − p_j)")
    func categoryKappasAverage() throws {
        let result = try FleissKappa(counts: Self.wikipedia)
        var weighted = 0.0, weights = 0.0
        for (share, kappa) in zip(result.categoryShares, result.categoryKappas) {
            let weight = share * (1 - share)
            weighted += weight * (try #require(kappa))
            weights += weight
        }
        #expect(abs(weighted / weights - (try #require(result.kappa))) < 1e-12)
    }

    /// With complete data, D_o = 1 − P̄ and D_e = (1 − P̄e)·Nn/(Nn − 1) (Krippendorff 2011's
    /// formulas), so 1 − α_nominal = (1 − κ)·(Nn − 1)/(Nn): the two coefficients differ only by
    /// alpha's small-sample correction.
    @Test("Fleiss' kappa and nominal alpha differ only by alpha's small-sample correction")
    func relationToAlpha() throws {
        let ratings: [[Double?]] = Self.wikipedia.map { counts in
            counts.enumerated().flatMap { category, count in Array(repeating: Double(category), count: count) }
        }
        let alpha = try #require(try KrippendorffAlpha(ratings: ratings, level: .nominal).alpha)
        let kappa = try #require(try FleissKappa(counts: Self.wikipedia).kappa)
        let values = 10.0 * 14
        #expect(abs((1 - alpha) - (1 - kappa) * (values - 1) / values) < 1e-12)
    }

    @Test("ratings listed per subject give the same kappa as category counts")
    func ratingsMatchCounts() throws {
        let ratings = [["a", "a", "b"], ["b", "b", "b"], ["a", "c", "c"], ["c", "c", "a"]]
        let fromRatings = try FleissKappa(ratings: ratings)
        let fromCounts = try FleissKappa(counts: [[2, 1, 0], [0, 3, 0], [1, 0, 2], [1, 0, 2]])
        #expect(fromRatings == fromCounts)
    }

    @Test("a small case by hand: P̄ = 7/9, P̄e = 1/2, κ = 5/9")
    func byHand() throws {
        let result = try FleissKappa(counts: [[4, 0], [2, 2], [0, 4]])
        #expect(abs(result.meanAgreement - 7.0 / 9) < 1e-12)
        #expect(abs(result.expectedAgreement - 0.5) < 1e-12)
        #expect(abs(try #require(result.kappa) - 5.0 / 9) < 1e-12)
        #expect(result.categoryKappas.allSatisfy { abs(($0 ?? .nan) - 5.0 / 9) < 1e-12 })
    }

    @Test("a category nobody used has no kappa of its own")
    func unusedCategory() throws {
        let result = try FleissKappa(ratings: [[1, 1, 2], [2, 2, 2]], categories: [1, 2, 3])
        #expect(result.categoryKappas.count == 3)
        #expect(result.categoryKappas[2] == nil)
        #expect(result.kappa != nil)
    }

    @Test("every rating in one category leaves kappa undefined")
    func undefined() throws {
        #expect(try FleissKappa(counts: [[3, 0], [3, 0]]).kappa == nil)
    }

    @Test("unequal rater counts, one rater and unknown categories are named")
    func errors() {
        #expect(throws: AgreementError.unequalRaterCounts(subject: 2, expected: 3, found: 2)) {
            try FleissKappa(counts: [[1, 2], [1, 1]])
        }
        #expect(throws: AgreementError.unequalRaterCounts(subject: 3, expected: 2, found: 3)) {
            try FleissKappa(ratings: [["a", "b"], ["a", "a"], ["a", "b", "b"]])
        }
        #expect(throws: AgreementError.tooFewRaters(found: 1, required: 2)) {
            try FleissKappa(ratings: [["a"], ["b"]])
        }
        #expect(throws: AgreementError.unknownCategory("z")) {
            try FleissKappa(ratings: [["a", "z"]], categories: ["a", "b"])
        }
        #expect(throws: AgreementError.noSubjects) { try FleissKappa(counts: []) }
        #expect(throws: AgreementError.self) { try FleissKappa(counts: [[2, 0], [1, 0, 1]]) }
        #expect(throws: AgreementError.self) { try FleissKappa(counts: [[3, -1], [1, 1]]) }
    }
}
