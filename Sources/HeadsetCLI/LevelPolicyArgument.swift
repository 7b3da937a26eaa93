import HeadsetServices
import ArgumentParser
import Organization

/// `--level-policy error|warning|ignore`: what a manager whose role level is not above their
/// report's is.
enum LevelPolicyArgument: String, ExpressibleByArgument, CaseIterable {
    case error, warning, ignore

    var policy: LevelPolicy {
        switch self {
        case .error: .error
        case .warning: .warning
        case .ignore: .ignore
        }
    }
}
