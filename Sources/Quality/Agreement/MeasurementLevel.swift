/// How the values of a rating are compared (Stevens' levels of measurement), which decides the
/// difference function δ²(c, k) of Krippendorff's alpha (Krippendorff 2011, "Computing
/// Krippendorff's Alpha-Reliability", section E):
///
/// - nominal: 0 when c = k, else 1 — only "same or not" counts (pass / fail / N/A codes).
/// - ordinal: (Σ_{g=c}^{k} n_g − (n_c + n_k)/2)², with n_g the number of pairable values equal to
///   g — ranks count, spaced by how often the values between them were used.
/// - interval: (c − k)² — differences count (a 1–5 or 0–100 score).
/// - ratio: ((c − k)/(c + k))² — proportions count; 0 is absolute, so values must be ≥ 0.
public enum MeasurementLevel: String, CaseIterable, Codable, Sendable {
    case nominal, ordinal, interval, ratio
}
