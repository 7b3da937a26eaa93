import HeadsetServices
import ArgumentParser

/// How commands that print data print it.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns for people.
    case table
    /// Stable snake_case JSON for scripts (documented in docs/cli.md).
    case json
    /// RFC 4180 CSV with a header row.
    case csv
}

/// `--format table|json|csv`.
struct FormatOption: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table
}
