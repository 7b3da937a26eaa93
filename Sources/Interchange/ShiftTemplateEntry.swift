import CivilTime
import Scheduling

/// One template in a shift file (see ``ShiftTemplateFile``), checked by ``ShiftTemplate``'s rules
/// with every complaint placed at the field it concerns.
struct ShiftTemplateEntry: Decodable {
    let template: ShiftTemplate

    enum CodingKeys: String, CodingKey {
        case name, tags, days, starts, length, breaks, cost, skills
        case minPerDay = "min_per_day"
        case maxPerDay = "max_per_day"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .name)
        let starts = try container.decode(ShiftStartsEntry.self, forKey: .starts).times
        let length = try container.decode(ShiftDurationValue.self, forKey: .length).minutes
        let days = try container.decodeIfPresent(ShiftDaysEntry.self, forKey: .days)?.days ?? Set(Weekday.allCases)
        let breaks = try container.decodeIfPresent([ShiftBreakEntry].self, forKey: .breaks)?.map(\.rule) ?? []
        let cost = try container.decodeIfPresent(Double.self, forKey: .cost)
        let tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
        let skills = try container.decodeIfPresent([String].self, forKey: .skills) ?? []
        let minimum = try container.decodeIfPresent(Int.self, forKey: .minPerDay) ?? 0
        let maximum = try container.decodeIfPresent(Int.self, forKey: .maxPerDay)
        do {
            template = try ShiftTemplate(name: name, starts: starts, lengthMinutes: length, days: days, breaks: breaks, cost: cost,
                                         tags: tags, skills: skills, minimumPerDay: minimum, maximumPerDay: maximum,
                                         location: ShiftYAMLField.location(of: decoder))
        } catch {
            guard case let .invalidTemplate(_, field, _, _) = error else { throw error }
            throw ShiftYAMLField.error(at: field, below: decoder, message: ShiftYAMLField.message(of: error))
        }
    }
}
