import CCbc

/// The COIN-OR CBC library Headset is linked against.
public enum CbcVersion {
    /// `Cbc_getVersion()`, e.g. `2.10.8`.
    public static var text: String {
        guard let version = Cbc_getVersion() else { return "unknown" }
        return String(cString: version)
    }
}
