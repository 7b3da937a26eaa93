public import Foundation
public import Storage

/// The demo contact centre: a Baltic and Nordic help desk whose people and places exercise
/// Lithuanian, Latvian, Croatian and Norwegian letters everywhere data flows.
public enum DemoCentre {
    public static let name = "Aurora Help Desk — Vilnius · Rīga · Zagreb · Bærum"
    public static let timeZone = "Europe/Vilnius"
    /// ``timeZone`` as a zone (a constant name every tz database has).
    public static let zone = TimeZone(identifier: timeZone)!
    public static let locale = "lt"

    public static func seed(actor: String, in db: DatabaseTransaction) throws {
        try SettingsRepository.set(SettingsRepository.Key.centreName, to: name, actor: actor, in: db)
        try SettingsRepository.set(SettingsRepository.Key.timeZone, to: timeZone, actor: actor, in: db)
        try SettingsRepository.set(SettingsRepository.Key.locale, to: locale, actor: actor, in: db)
    }
}
