/// The version `headset --version` prints; bump with each release.
public enum HeadsetVersion {
    public static let current = "0.1.0"
}
