/// The version `headset --version` prints; bump with each release.
enum HeadsetVersion {
    static let current = "0.1.0"
}
