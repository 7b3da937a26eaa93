import Foundation
import Storage

/// The centre's own settings (its time zone, name, locale), changed by the operator and audited.
public struct CentreSettings: Sendable {
    public let centre: Centre

    public init(centre: Centre) { self.centre = centre }

    /// Opens the centre at `path` for writing, creating it when missing: a centre without a time
    /// zone records `timeZone` (else the machine's), as `headset init` does, so that what is
    /// imported into a new centre keeps being read in the zone it was imported in.
    public static func openCreating(path: String, timeZone: String?, operatorName: String,
                                    clock: CentreClock = .system) throws -> Centre {
        let centre = try Centre.open(path: path, access: .create, clock: clock)
        guard !centre.timeZoneIsSet else { return centre }
        _ = try CentreSettings(centre: centre).recordTimeZone(timeZone, operatorName: operatorName)
        try centre.close()
        return try Centre.open(path: path, access: .write, clock: clock)
    }

    /// Records the centre's time zone: `zone` when given, else the one already set, else the
    /// machine's (so that later figures never depend on which machine runs them). Returns it.
    public func recordTimeZone(_ zone: String?, operatorName: String) throws -> String {
        if let zone, TimeZone(identifier: zone) == nil {
            throw ServiceError.invalid("time-zone", "is not an IANA time zone such as Europe/Vilnius", value: zone)
        }
        let chosen = zone ?? centre.timeZoneSetting ?? TimeZone.current.identifier
        try centre.database.write("recording the centre's time zone") { db in
            try SettingsRepository.set(SettingsRepository.Key.timeZone, to: chosen, actor: operatorName, in: db)
        }
        return chosen
    }
}
