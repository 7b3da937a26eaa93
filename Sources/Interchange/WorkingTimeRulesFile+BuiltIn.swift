import Foundation
import Scheduling

/// The rule sets Headset ships, by name: `--rules eu` (schedules/working-time-eu.yaml, the EU
/// Working Time Directive's minimum) and `--rules no` (schedules/working-time-no.yaml, Norway's
/// Arbeidsmiljøloven chapter 10); any other value is a path to a rule file.
///
/// ```swift
/// let rules = try WorkingTimeRulesFile.load(nameOrPath: "no")              // built in
/// let own = try WorkingTimeRulesFile.load(nameOrPath: "rules/centre.yaml") // a file
/// ```
///
/// The texts are compiled into the binary rather than shipped as SwiftPM resources: a resource
/// bundle is a directory found beside the executable at run time, so a binary copied on its own
/// (or run from another directory) would lose its default rules, and a string constant cannot go
/// missing. They are the shipped files verbatim (a test compares them with schedules/), and are
/// read by the same decoder, so errors and semantics are those of the files.
extension WorkingTimeRulesFile {
    /// The built-in rule sets' names, in the order help and docs list them.
    public static let builtInNames = ["eu", "no"]

    /// The YAML text of the built-in rule set `name` (case-insensitive), or nil.
    public static func builtInText(named name: String) -> String? {
        switch name.lowercased() {
        case "eu": euText
        case "no": norwayText
        default: nil
        }
    }

    /// The built-in rule set named `nameOrPath` (`eu`, `no`), else the rule file at that path
    /// (write `./eu` for a file called `eu`).
    public static func load(nameOrPath: String) throws(InterchangeError) -> WorkingTimeRules {
        if let text = builtInText(named: nameOrPath) {
            return try YAMLLoader.decode(WorkingTimeRulesFile.self, yaml: text,
                                         source: "built-in rules '\(nameOrPath.lowercased())'").rules
        }
        return try load(from: URL(fileURLWithPath: nameOrPath))
    }

    /// schedules/working-time-eu.yaml (the blank line before the delimiter keeps its final line break).
    static let euText = #"""
# Working-time rules: the minimum of the EU Working Time Directive 2003/88/EC.
# Rules are data: each has a generic `kind` with its parameters, a `key` reports call it by, and
# the `citation` of the text it comes from. Kinds and their exact semantics: docs/scheduling.md.
# National law and collective agreements may be stricter (see working-time-no.yaml) and may use
# the directive's derogations (Art. 16–22); copy this file and adapt it.
name: EU Working Time Directive 2003/88/EC (minimum)
rules:
  # Art. 3: a minimum daily rest of 11 consecutive hours per 24-hour period, checked as the rest
  # between the end of one shift and the start of the next.
  - kind: minimum_daily_rest_hours
    key: daily-rest
    citation: "Directive 2003/88/EC Art. 3"
    hours: 11

  # Art. 5: per 7-day period a minimum uninterrupted rest of 24 hours plus the 11 hours of daily
  # rest (Art. 3), i.e. 35 hours. Art. 5 second paragraph allows 24 hours where objective,
  # technical or work-organisation conditions justify it: set hours: 24 then. Periods are fixed
  # weeks starting on `week_starts` (Art. 16(a) allows a reference period of up to 14 days).
  - kind: minimum_weekly_rest_hours
    key: weekly-rest
    citation: "Directive 2003/88/EC Art. 5"
    hours: 35
    week_starts: monday

  # Art. 6(b): the average working time for each 7-day period, including overtime, does not
  # exceed 48 hours; Art. 16(b): averaged over a reference period of up to 4 months
  # (17 weeks, as e.g. the UK Working Time Regulations 1998 reg. 4(3) read it).
  - kind: maximum_average_weekly_hours
    key: average-weekly-hours
    citation: "Directive 2003/88/EC Art. 6(b), Art. 16(b)"
    hours: 48
    reference_weeks: 17
    week_starts: monday

  # Art. 4: a rest break where the working day is longer than 6 hours; its duration is laid down
  # by collective agreement or national law. 20 minutes is this file's default (as e.g. UK
  # Working Time Regulations 1998 reg. 12(3)).
  - kind: break_after_hours
    key: rest-break
    citation: "Directive 2003/88/EC Art. 4"
    hours: 6
    break_minutes: 20

  # Art. 3 implies at most 13 hours of work in a 24-hour period (24 h − 11 h daily rest).
  - kind: maximum_daily_hours
    key: daily-hours
    citation: "Directive 2003/88/EC Art. 3 (24 h − 11 h rest)"
    hours: 13

  # Art. 8(a) and Art. 2(3)–(4): night time is a period of at least 7 hours including
  # midnight–05:00 (here 23:00–06:00); a night worker works at least 3 hours of a shift in it;
  # normal hours of night workers do not exceed an average of 8 hours per 24 hours. Checked
  # per night shift (the stricter Art. 8(b) reading, without averaging).
  - kind: night_work_maximum_hours
    key: night-work
    citation: "Directive 2003/88/EC Art. 8, Art. 2(3)-(4)"
    hours: 8
    night_start: "23:00"
    night_end: "06:00"
    minimum_night_hours: 3

"""#

    /// schedules/working-time-no.yaml.
    static let norwayText = #"""
# Working-time rules: Norway, Arbeidsmiljøloven (Working Environment Act, LOV-2005-06-17-62),
# chapter 10, as the stricter national variant of the EU directive (applied in Norway through
# the EEA Agreement). Planned rosters are checked against the normal working time limits; the
# overtime limits of §10-6 are for unplanned extra hours and are not rostered.
# Kinds and their exact semantics: docs/scheduling.md.
name: Norway, Arbeidsmiljøloven chapter 10
rules:
  # §10-8(1): at least 11 hours of continuous rest per 24 hours.
  - kind: minimum_daily_rest_hours
    key: daily-rest
    citation: "Arbeidsmiljøloven §10-8(1)"
    hours: 11

  # §10-8(2): at least 35 hours of continuous rest per 7 days (fixed weeks here).
  - kind: minimum_weekly_rest_hours
    key: weekly-rest
    citation: "Arbeidsmiljøloven §10-8(2)"
    hours: 35
    week_starts: monday

  # §10-4(1): normal working time at most 40 hours per 7 days …
  - kind: maximum_average_weekly_hours
    key: weekly-hours
    citation: "Arbeidsmiljøloven §10-4(1)"
    hours: 40
    reference_weeks: 1
    week_starts: monday

  # … and at most 9 hours per 24 hours.
  - kind: maximum_daily_hours
    key: daily-hours
    citation: "Arbeidsmiljøloven §10-4(1)"
    hours: 9

  # §10-9(1): breaks totalling at least 30 minutes when daily working time exceeds 5.5 hours.
  - kind: break_after_hours
    key: rest-break
    citation: "Arbeidsmiljøloven §10-9(1)"
    hours: 5.5
    break_minutes: 30

  # §10-11(1): night work is work between 21:00 and 06:00; planned night shifts are held to the
  # normal daily limit of §10-4(1), 9 hours (a shift with at least 3 hours of night work).
  - kind: night_work_maximum_hours
    key: night-work
    citation: "Arbeidsmiljøloven §10-11(1), §10-4(1)"
    hours: 9
    night_start: "21:00"
    night_end: "06:00"
    minimum_night_hours: 3

"""#
}
