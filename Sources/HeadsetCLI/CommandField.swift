/// The option a use case's field came from: use cases name fields, the CLI names flags
/// (`person` is a positional argument, so it is shown without a name).
enum CommandField {
    private static let options: [String: String] = [
        "agent": "--agent", "evaluator": "--evaluator", "reviewer": "--reviewer", "coach": "--coach", "by": "--by",
        "reader": "--as", "person": "", "interval": "--interval", "evaluation": "--evaluation",
        "time-zone": "--time-zone", "scorecard": "--scorecard", "item": "--item", "on": "--on", "password": "--password-stdin", "date": "--date", "from": "--from", "to": "--to", "month": "--month", "due": "--due",
        "owner": "--owner", "minutes": "--minutes", "start": "--start", "notes.strengths": "--strengths",
        "notes.opportunities": "--opportunities", "notes.agreed": "--agreed", "notes.private": "--private",
        "follow-up": "--follow-up", "comment": "--comment", "reason": "--criterion", "text": "--text",
    ]

    static func option(for field: String) -> String { options[field] ?? field }
}
