import Foundation
import Scheduling

/// A shift-template file (`schedules/shifts-*.yaml`): the kinds of shift the centre may staff.
///
/// ```yaml
/// skills: [voice, email]          # optional: the skills templates may name
/// templates:
///   - name: full-time-early
///     tags: [full-time]
///     days: weekdays               # or [monday, tuesday, …]; default: every day
///     starts: { from: "07:00", to: "09:00", every: 30m }   # or ["07:00", "08:00"]
///     length: 8h30m
///     cost: 8                      # optional; default: paid hours
///     skills: [voice]
///     min_per_day: 2               # optional
///     max_per_day: 40              # optional
///     breaks:
///       - { name: break, duration: 15m, paid: true, earliest: 1h30m, latest: 2h30m }
///       - { name: lunch, duration: 30m, paid: false, earliest: "11:30", latest: "13:30" }
/// ```
///
/// Errors name the file, line and field: unknown keys, malformed durations and times, breaks
/// outside the shift, breaks that cannot both fit, repeated template names, and skills missing
/// from `skills` (when it is given).
public struct ShiftTemplateFile: Decodable, Sendable {
    public let skills: [String]?
    public let templates: [ShiftTemplate]

    enum CodingKeys: String, CodingKey {
        case skills, templates
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        skills = try container.decodeIfPresent([String].self, forKey: .skills)
        templates = try container.decode([ShiftTemplateEntry].self, forKey: .templates).map(\.template)
        guard !templates.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .templates, in: container, debugDescription: "lists no template")
        }
        var names: [String: Int] = [:]
        for (index, template) in templates.enumerated() {
            if let first = names[template.name] {
                throw ShiftYAMLField.error(at: "templates[\(index)].name", below: decoder,
                                           message: "'\(template.name)' is already the name of templates[\(first)]")
            }
            names[template.name] = index
        }
        if let skills {
            let known = Set(skills)
            for (index, template) in templates.enumerated() {
                for (position, skill) in template.skills.enumerated() where !known.contains(skill) {
                    throw ShiftYAMLField.error(at: "templates[\(index)].skills[\(position)]", below: decoder,
                                               message: "unknown skill '\(skill)'; the file's skills are "
                                                   + skills.map { "'\($0)'" }.joined(separator: ", "))
                }
            }
        }
    }

    /// Reads and checks a shift-template file.
    public static func load(from url: URL) throws(InterchangeError) -> ShiftTemplateFile {
        try YAMLLoader.decode(ShiftTemplateFile.self, from: url)
    }
}
