import Foundation
import Testing
@testable import Quality

@Suite("Student's t distribution")
struct StudentTDistributionTests {
    /// Two-sided critical values from the standard t table (e.g. NIST/SEMATECH e-Handbook of
    /// Statistical Methods, 1.3.6.7.2 "Critical values of the Student's t distribution"), three decimals.
    @Test("quantiles match the t table", arguments: [
        (0.975, 1.0, 12.706), (0.975, 5, 2.571), (0.975, 10, 2.228), (0.975, 30, 2.042), (0.95, 20, 1.725),
        (0.995, 1, 63.657), (0.995, 4, 4.604), (0.9, 2, 1.886), (0.999, 100, 3.174),
    ])
    func table(p: Double, degreesOfFreedom: Double, published: Double) {
        let t = StudentTDistribution.quantile(p, degreesOfFreedom: degreesOfFreedom)
        #expect(abs(t - published) < 0.0005, "t(\(p), \(degreesOfFreedom)) = \(t)")
    }

    /// Closed forms: ν = 1 is the Cauchy distribution, t = tan(π(p − ½)); ν = 2 has
    /// t = (2p − 1)/√(2p(1 − p)) (Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions
    /// vol. 2, ch. 28).
    @Test("one and two degrees of freedom match their closed forms to 1e-10")
    func closedForms() {
        for p in stride(from: 0.01, through: 0.99, by: 0.049) {
            let cauchy = tan(Double.pi * (p - 0.5))
            let two = (2 * p - 1) / (2 * p * (1 - p)).squareRoot()
            #expect(abs(StudentTDistribution.quantile(p, degreesOfFreedom: 1) - cauchy) <= 1e-10 * max(1, abs(cauchy)))
            #expect(abs(StudentTDistribution.quantile(p, degreesOfFreedom: 2) - two) <= 1e-10 * max(1, abs(two)))
        }
    }

    @Test("many degrees of freedom approach the normal quantile 1.959964")
    func normalLimit() {
        #expect(abs(StudentTDistribution.quantile(0.975, degreesOfFreedom: 1e7) - 1.959964) < 1e-5)
    }

    @Test("the quantile inverts the distribution function, symmetrically about 0")
    func inverse() {
        for nu in [1.0, 2.5, 4, 9, 29, 200] {
            for p in [0.001, 0.025, 0.1, 0.3, 0.5, 0.7, 0.95, 0.9995] {
                let t = StudentTDistribution.quantile(p, degreesOfFreedom: nu)
                #expect(abs(StudentTDistribution.cumulativeProbability(t, degreesOfFreedom: nu) - p) < 1e-12)
                #expect(abs(StudentTDistribution.quantile(1 - p, degreesOfFreedom: nu) + t) < 1e-9 * max(1, abs(t)))
            }
        }
    }

    @Test("outside its domain the quantile is not a number")
    func domain() {
        #expect(StudentTDistribution.quantile(0, degreesOfFreedom: 3).isNaN)
        #expect(StudentTDistribution.quantile(1, degreesOfFreedom: 3).isNaN)
        #expect(StudentTDistribution.quantile(0.9, degreesOfFreedom: 0).isNaN)
        #expect(StudentTDistribution.cumulativeProbability(.infinity, degreesOfFreedom: 3) == 1)
    }
}
