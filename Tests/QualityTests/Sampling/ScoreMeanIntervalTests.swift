import Testing
@testable import Quality

@Suite("An agent's mean score with a confidence interval")
struct ScoreMeanIntervalTests {
    /// By hand: scores 82, 90, 75, 88, 95 → mean 86, s² = 238/4 = 59.5, s/√5 = 3.4496; with
    /// t(0.975, 4) = 2.776 from the t table the 95 % interval is 86 ± 9.577 = 76.42…95.58.
    @Test("five scores: mean 86, 95 % interval 76.42…95.58")
    func byHand() throws {
        let result = try ScoreMeanInterval(scores: [82, 90, 75, 88, 95])
        #expect(result.count == 5)
        #expect(abs(result.mean - 86) < 1e-12)
        #expect(abs(try #require(result.standardDeviation) - 59.5.squareRoot()) < 1e-12)
        let interval = try #require(result.interval)
        #expect(abs(interval.lowerBound - 76.42) < 0.005)
        #expect(abs(interval.upperBound - 95.58) < 0.005)
        #expect(result.warning == nil)
    }

    @Test("a higher confidence level widens the interval")
    func confidenceWidens() throws {
        let scores: [Double] = [70, 74, 81, 77, 69, 85]
        let ninety = try #require(try ScoreMeanInterval(scores: scores, confidence: 0.90).marginOfError)
        let ninetyNine = try #require(try ScoreMeanInterval(scores: scores, confidence: 0.99).marginOfError)
        #expect(ninetyNine > ninety)
    }

    @Test("fewer scores than the minimum sample raise a warning; the minimum is configurable")
    func minimumSample() throws {
        let three = try ScoreMeanInterval(scores: [80, 85, 90])
        #expect(three.warning == .belowMinimumSample(count: 3, minimum: 5))
        #expect(three.interval != nil)
        #expect(try ScoreMeanInterval(scores: [80, 85, 90], minimumSample: 3).warning == nil)
    }

    @Test("one score has a mean but no interval, and says so")
    func singleScore() throws {
        let one = try ScoreMeanInterval(scores: [72])
        #expect(one.mean == 72)
        #expect(one.interval == nil)
        #expect(one.standardDeviation == nil)
        #expect(one.marginOfError == nil)
        #expect(one.warning?.description.contains("no confidence interval") == true)
    }

    @Test("the interval is clamped to the score scale")
    func clamped() throws {
        let high = try #require(try ScoreMeanInterval(scores: [100, 100, 96]).interval)
        #expect(high.upperBound == 100)
        let low = try #require(try ScoreMeanInterval(scores: [0, 3, 0, 1]).interval)
        #expect(low.lowerBound == 0)
        let fivePoint = try #require(try ScoreMeanInterval(scores: [5, 4, 5], scale: 1...5).interval)
        #expect(fivePoint.upperBound == 5)
    }

    @Test("identical scores give a zero-width interval at the mean")
    func noSpread() throws {
        let result = try ScoreMeanInterval(scores: [88, 88, 88, 88, 88])
        #expect(result.interval == 88...88)
    }

    @Test("bad input is named")
    func errors() {
        #expect(throws: SamplingError.noScores) { try ScoreMeanInterval(scores: []) }
        #expect(throws: SamplingError.scoreOutsideScale(position: 2, value: 104, scale: 0...100)) {
            try ScoreMeanInterval(scores: [90, 104])
        }
        #expect(throws: SamplingError.self) { try ScoreMeanInterval(scores: [90, .nan]) }
        #expect(throws: SamplingError.self) { try ScoreMeanInterval(scores: [90, 80], confidence: 1) }
        #expect(throws: SamplingError.self) { try ScoreMeanInterval(scores: [90, 80], minimumSample: 0) }
    }
}
