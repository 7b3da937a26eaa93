// swift-tools-version: 6.1
import PackageDescription

/// Settings every Headset target shares: Swift 6 mode plus honest imports and existentials.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Headset",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "headset", targets: ["HeadsetCLI"]),
        .executable(name: "headset-bench", targets: ["HeadsetBench"]),
        .library(name: "Workbook", targets: ["Workbook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // bcrypt for login passwords (HummingbirdBcrypt: C bcrypt, no server needed to hash).
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        // Test-only: reads back the .xlsx files Workbook writes.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // System libraries (Debian: libxlsxwriter-dev, libminizip-dev, coinor-libcbc-dev).
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .systemLibrary(
            name: "CMinizip",
            pkgConfig: "minizip",
            providers: [.apt(["libminizip-dev"])]
        ),
        .systemLibrary(
            name: "CCbc",
            pkgConfig: "cbc",
            providers: [.apt(["coinor-libcbc-dev"])]
        ),

        // Civil time shared by the domain modules (pure Swift, Foundation only): calendar days,
        // weekdays, times of day, local date-times, ISO weeks and calendar months, ISO 8601 text,
        // and the one spelling of language tags (the locale half of "civil" conventions).
        .target(
            name: "CivilTime",
            swiftSettings: strictSettings
        ),

        // Seeded pseudorandom numbers (SplitMix64) for demo data, synthetic benchmarks, QA sampling
        // and property tests: pure Swift, no dependencies. Its own target rather than part of
        // CivilTime, which is about calendars and clocks; a generator is not civil time, and a
        // module that only needs random numbers (Staffing's tests) should not pull in dates.
        .target(
            name: "Randomness",
            swiftSettings: strictSettings
        ),

        // Domain: queueing maths and staffing (pure Swift, Foundation only).
        .target(
            name: "Staffing",
            swiftSettings: strictSettings
        ),

        // Domain: interval history, calendars, forecasting methods and backtests.
        .target(
            name: "Forecasting",
            dependencies: ["CivilTime"],
            swiftSettings: strictSettings
        ),

        // Domain: roles, titles, people, effective-dated hierarchy and permissions.
        .target(
            name: "Organization",
            dependencies: ["CivilTime", "Randomness"],
            swiftSettings: strictSettings
        ),

        // Domain: shift templates, shift-count optimisation (COIN-OR CBC), rosters and coverage.
        .target(
            name: "Scheduling",
            dependencies: ["CivilTime", "Staffing", "CCbc"],
            swiftSettings: strictSettings
        ),

        // Domain: QA scorecards, the scoring engine, evaluations, disputes, agreement statistics and sampling.
        .target(
            name: "Quality",
            dependencies: ["CivilTime", "Randomness"],
            swiftSettings: strictSettings
        ),

        // Domain: coaching sessions, action items, acknowledgement, follow-ups and their effect.
        .target(
            name: "Coaching",
            dependencies: ["CivilTime"],
            swiftSettings: strictSettings
        ),

        // Output floor: a safe Swift API over libxlsxwriter that knows nothing of the domain.
        .target(
            name: "Workbook",
            dependencies: ["CXlsxWriter", "CMinizip"],
            swiftSettings: strictSettings
        ),
        // File formats with precise error locations.
        .target(
            name: "Interchange",
            dependencies: ["CivilTime", "Forecasting", "Organization", "Scheduling", "Quality", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings
        ),
        // The SQLite database: migrations, repositories, audit log. GRDB stays inside: its
        // public API shows no GRDB type (InternalImportsByDefault, as Hummingbird does).
        .target(
            name: "Storage",
            dependencies: ["CivilTime", "Forecasting", "Organization", "Scheduling", "Quality", "Coaching",
                           .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings + [.enableUpcomingFeature("InternalImportsByDefault")]
        ),
        // One workbook design per use.
        .target(
            name: "Reports",
            dependencies: ["Workbook", "CivilTime", "Staffing", "Forecasting", "Organization", "Scheduling", "Quality"],
            swiftSettings: strictSettings
        ),
        // The application layer under every door: the centre, use cases with their permission
        // checks, output models, one error model.
        .target(
            name: "HeadsetServices",
            dependencies: ["CivilTime", "Randomness", "Staffing", "Forecasting", "Organization", "Scheduling", "Quality", "Coaching",
                           "Workbook", "Interchange", "Storage", "Reports",
                           .product(name: "HummingbirdBcrypt", package: "hummingbird-auth")],
            swiftSettings: strictSettings + [.enableUpcomingFeature("InternalImportsByDefault")]
        ),
        // The `headset` command.
        .executableTarget(
            name: "HeadsetCLI",
            dependencies: [
                "CivilTime", "Randomness", "Staffing", "Forecasting", "Organization", "Scheduling", "Quality", "Coaching", "Workbook", "Interchange", "Storage",
                "Reports", "HeadsetServices", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // Release-build benchmarks that print figures (see README).
        .executableTarget(
            name: "HeadsetBench",
            dependencies: ["Workbook", "CivilTime", "Randomness", "Staffing", "Forecasting", "Organization", "Scheduling", "Quality", "Storage",
                           "Reports", "HeadsetServices"],
            swiftSettings: strictSettings
        ),

        // Test support: an .xlsx reader so tests assert what Workbook wrote.
        .target(
            name: "XlsxReader",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/XlsxReader",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "XlsxReaderTests",
            dependencies: ["XlsxReader"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "WorkbookTests",
            dependencies: ["Workbook", "XlsxReader"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CivilTimeTests",
            dependencies: ["CivilTime"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "RandomnessTests",
            dependencies: ["Randomness"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StaffingTests",
            dependencies: ["Staffing", "Randomness"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ForecastingTests",
            dependencies: ["CivilTime", "Forecasting"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "OrganizationTests",
            dependencies: ["CivilTime", "Organization", "Randomness"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SchedulingTests",
            dependencies: ["CivilTime", "Scheduling"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "Quality", "CivilTime", "Workbook", "XlsxReader"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CoachingTests",
            dependencies: ["CivilTime", "Coaching"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "QualityTests",
            dependencies: ["CivilTime", "Quality", "Randomness"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "InterchangeTests",
            dependencies: ["CivilTime", "Interchange", "Forecasting", "Scheduling", "Quality", "Randomness"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StorageTests",
            dependencies: ["Storage", "Forecasting", "CivilTime", "Scheduling", "Quality", "Coaching",
                           .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "HeadsetServicesTests",
            dependencies: ["HeadsetServices", "CivilTime", "Organization", "Quality", "Coaching", "Storage", "Interchange", "Reports", "Forecasting"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "HeadsetCLITests",
            // Depends on the executable so `swift test` always builds the `headset` it runs.
            dependencies: ["CivilTime", "HeadsetCLI", "Storage", "XlsxReader"],
            swiftSettings: strictSettings
        ),
    ]
)
