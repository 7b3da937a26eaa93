import Foundation

/// Student's t distribution with ν degrees of freedom: the spread of a sample mean measured in
/// estimated standard errors.
///
/// ```swift
/// StudentTDistribution.quantile(0.975, degreesOfFreedom: 10)   // 2.228
/// ```
///
/// For t ≥ 0, P(T > t) = ½ I_x(ν/2, ½) with x = ν/(ν + t²) (Abramowitz & Stegun 26.7.1 with
/// 26.5.27), so a quantile is the inverse of the regularized incomplete beta function mapped
/// back by t = √(ν(1 − x)/x). Non-integer ν is allowed.
public enum StudentTDistribution {
    /// P(T ≤ t); NaN unless ν > 0.
    public static func cumulativeProbability(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        guard nu > 0, !t.isNaN else { return .nan }
        if t.isInfinite { return t > 0 ? 1 : 0 }
        let twoTailed = RegularizedIncompleteBeta.value(nu / (nu + t * t), a: nu / 2, b: 0.5)
        return t >= 0 ? 1 - twoTailed / 2 : twoTailed / 2
    }

    /// The t with P(T ≤ t) = p, for 0 < p < 1; NaN outside that or unless ν > 0.
    public static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
        guard nu > 0, p > 0, p < 1 else { return .nan }
        if p == 0.5 { return 0 }
        let upperTail = p > 0.5 ? 1 - p : p
        let x = RegularizedIncompleteBeta.inverse(2 * upperTail, a: nu / 2, b: 0.5)
        let t = (nu * (1 - x) / x).squareRoot()
        return p > 0.5 ? t : -t
    }
}
