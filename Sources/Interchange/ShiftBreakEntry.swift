import Scheduling

/// One break of a template in a shift file:
///
/// ```yaml
/// - { name: lunch, duration: 30m, paid: false, earliest: 3h30m, latest: 5h }
/// - { name: break, duration: 15m, paid: true, earliest: "14:00", latest: "15:30" }
/// ```
///
/// `earliest` and `latest` bound the break's *start*: a duration after the shift starts or a
/// clock time. `name` defaults to `break`.
struct ShiftBreakEntry: Decodable {
    let rule: BreakRule

    enum CodingKeys: String, CodingKey {
        case name, duration, paid, earliest, latest
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decodeIfPresent(String.self, forKey: .name) ?? "break"
        let duration = try container.decode(ShiftDurationValue.self, forKey: .duration).minutes
        let paid = try container.decode(Bool.self, forKey: .paid)
        let earliest = try container.decode(ShiftBreakBoundValue.self, forKey: .earliest).bound
        let latest = try container.decode(ShiftBreakBoundValue.self, forKey: .latest).bound
        rule = BreakRule(name: name, durationMinutes: duration, isPaid: paid, earliest: earliest, latest: latest)
    }
}
