import HeadsetServices
import ArgumentParser
import CivilTime
import Foundation

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

    /// The stored organisation on `--as-of` (default today in the centre's zone) in `--locale`.
    func view(_ database: DatabaseOptions) throws -> OrgView {
        let centre = try database.centre(.read)
        defer { try? centre.close() }
        return try OrgView.load(centre, on: asOf.flatMap(LocalDate.init),
                                locale: locale.map { $0.trimmingCharacters(in: .whitespaces) })
    }
}
