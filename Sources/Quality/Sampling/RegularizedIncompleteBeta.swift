import Foundation

/// I_x(a, b) = B(x; a, b) / B(a, b), the regularized incomplete beta function, and its inverse
/// in x: the core of the Student t distribution.
///
/// Evaluated by the continued fraction of Abramowitz & Stegun 26.5.8 with the modified Lentz
/// method, on whichever side of the mean a/(a + b) converges fast, using
/// I_x(a, b) = 1 − I_{1−x}(b, a) (Press et al., Numerical Recipes, 3rd ed., §6.4).
enum RegularizedIncompleteBeta {
    static func value(_ x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let front = exp(a * log(x) + b * log1p(-x) - logBeta(a, b))
        if x < (a + 1) / (a + b + 2) {
            return front * continuedFraction(x, a: a, b: b) / a
        }
        return 1 - front * continuedFraction(1 - x, a: b, b: a) / b
    }

    /// The x in [0, 1] with I_x(a, b) = `target`: Newton steps on the density
    /// x^(a−1)(1 − x)^(b−1)/B(a, b), falling back to bisection whenever a step would leave the
    /// bracket known to hold the root.
    static func inverse(_ target: Double, a: Double, b: Double) -> Double {
        if target <= 0 { return 0 }
        if target >= 1 { return 1 }
        let logB = logBeta(a, b)
        var low = 0.0, high = 1.0
        var x = 0.5
        for _ in 0..<300 {
            let error = value(x, a: a, b: b) - target
            if error == 0 { return x }
            if error < 0 { low = x } else { high = x }
            let density = exp((a - 1) * log(x) + (b - 1) * log1p(-x) - logB)
            var next = x - error / density
            if !(next > low && next < high) { next = (low + high) / 2 }
            if abs(next - x) <= 4 * Double.ulpOfOne * x || high - low <= Double.leastNormalMagnitude {
                return next
            }
            x = next
        }
        return x
    }

    static func logBeta(_ a: Double, _ b: Double) -> Double {
        lgamma(a) + lgamma(b) - lgamma(a + b)
    }

    /// The continued fraction for I_x(a, b), converging for x < (a + 1)/(a + b + 2).
    private static func continuedFraction(_ x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        func guarded(_ value: Double) -> Double { abs(value) < tiny ? tiny : value }
        var c = 1.0
        var d = 1 / guarded(1 - (a + b) * x / (a + 1))
        var result = d
        for m in 1...1_000 {
            let m = Double(m)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 / guarded(1 + even * d)
            c = guarded(1 + even / c)
            result *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 / guarded(1 + odd * d)
            c = guarded(1 + odd / c)
            let step = d * c
            result *= step
            if abs(step - 1) < 1e-16 { break }
        }
        return result
    }
}
