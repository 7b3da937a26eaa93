import ArgumentParser
import CivilTime
import Foundation
import Storage

/// `--as-of DATE` and `--locale CODE`, shared by the commands that show the organisation.
struct OrgViewOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The day to show, YYYY-MM-DD (default: today in the centre's time zone).", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp(
        "Language of names and alphabetical order, e.g. lt, lv, hr, nb, en (default: the centre.locale setting, else en).",
        valueName: "code"))
    var locale: String?

    func validate() throws {
        if let asOf, LocalDate(asOf) == nil {
            throw ValidationError("--as-of: expected a date YYYY-MM-DD, found '\(asOf)'")
        }
        if let locale, locale.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--locale must not be empty")
        }
    }

    /// The day: `--as-of`, else today in the centre's time zone (setting), else in the system's.
    func date(in db: HeadsetDatabase) throws -> LocalDate {
        if let asOf, let date = LocalDate(asOf) { return date }
        let setting = try db.read("reading the centre's time zone") { db in
            try SettingsRepository.value(SettingsRepository.Key.timeZone, in: db)
        }
        return LocalDate(Date(), in: setting.flatMap(TimeZone.init(identifier:)) ?? .current)
    }

    /// The locale: `--locale`, else the centre's setting, else English.
    func resolvedLocale(in db: HeadsetDatabase) throws -> String {
        if let locale { return locale.trimmingCharacters(in: .whitespaces) }
        let setting = try db.read("reading the centre's locale") { db in
            try SettingsRepository.value(SettingsRepository.Key.locale, in: db)
        }
        return setting ?? "en"
    }
}
