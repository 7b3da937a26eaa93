import HeadsetServices
import ArgumentParser

/// `headset forecast`: calls per interval from history. `headset forecast --history …` runs
/// ``ForecastIntervalsCommand``; `headset forecast backtest …` measures the methods.
struct ForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Forecast calls and AHT per interval from history, and backtest the forecasting methods.",
        discussion: """
            'headset forecast --history FILE.csv --start YYYY-MM-DD …' runs the default subcommand, \
            'intervals' (its options: 'headset forecast intervals --help'). Methods, calendars, \
            columns and accuracy: docs/forecasting.md.
            """,
        subcommands: [ForecastIntervalsCommand.self, ForecastBacktestCommand.self],
        defaultSubcommand: ForecastIntervalsCommand.self)
}
