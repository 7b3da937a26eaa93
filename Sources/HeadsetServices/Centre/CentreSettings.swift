import Foundation
import Storage

/// The centre's own settings (its time zone, name, locale), changed by the operator and audited.
public struct CentreSettings: Sendable {
    public let centre: Centre

    public init(centre: Centre) { self.centre = centre }

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
