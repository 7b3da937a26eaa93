/// The methods Headset offers, by the names the CLI accepts.
public enum ForecastMethods {
    /// Every concrete method with its default settings, in the order reports list them.
    public static func all() -> [any ForecastMethod] {
        // Defaults are valid by construction.
        [try! WeekdayAverageMethod(weeks: 4), try! DailyProfileMethod(), try! CalendarLevelMethod()]
    }

    /// Names accepted by `--method`, `auto` first.
    public static var names: [String] { ["auto"] + all().map(\.name) }

    /// The method called `name`; nil for `auto`, which ``Forecaster`` resolves by backtest.
    public static func named(_ name: String) throws(ForecastingError) -> (any ForecastMethod)? {
        if name == "auto" { return nil }
        guard let method = all().first(where: { $0.name == name }) else {
            throw .unknownMethod(name, known: names)
        }
        return method
    }
}
