/// What "enough agents" means. Every target given must hold; nil means no such target.
public struct StaffingTarget: Equatable, Sendable {
    /// Service level: at least `fraction` (0–1) of offered contacts answered within `seconds`.
    public struct ServiceLevel: Equatable, Sendable {
        public let fraction: Double
        public let seconds: Double

        public init(fraction: Double, seconds: Double) throws(StaffingError) {
            guard fraction.isFinite, fraction > 0, fraction < 1 else {
                throw .invalidInput(field: "service level", value: fraction * 100,
                                    requirement: "must be more than 0 % and less than 100 %")
            }
            try StaffingLimits.check(seconds, in: 0...StaffingLimits.maximumWaitSeconds,
                                     field: "service level time", unit: "seconds")
            self.fraction = fraction
            self.seconds = seconds
        }
    }

    public var serviceLevel: ServiceLevel?
    /// Average speed of answer at most this many seconds.
    public var maximumAverageSpeedOfAnswer: Double?
    /// Share of offered contacts abandoning at most this fraction (needs a patience).
    public var maximumAbandonment: Double?
    /// Agents busy at most this fraction of the time; caps occupancy by adding agents.
    public var maximumOccupancy: Double?

    public init(serviceLevel: ServiceLevel? = nil, maximumAverageSpeedOfAnswer: Double? = nil,
                maximumAbandonment: Double? = nil, maximumOccupancy: Double? = nil) throws(StaffingError) {
        if let asa = maximumAverageSpeedOfAnswer {
            try StaffingLimits.checkPositive(asa, atMost: StaffingLimits.maximumWaitSeconds, field: "asa", unit: "seconds")
        }
        if let abandon = maximumAbandonment, !(abandon.isFinite && abandon > 0 && abandon < 1) {
            throw .invalidInput(field: "max abandon", value: abandon * 100, requirement: "must be more than 0 % and less than 100 %")
        }
        if let occupancy = maximumOccupancy, !(occupancy.isFinite && occupancy > 0 && occupancy <= 1) {
            throw .invalidInput(field: "max occupancy", value: occupancy * 100, requirement: "must be more than 0 % and at most 100 %")
        }
        guard serviceLevel != nil || maximumAverageSpeedOfAnswer != nil || maximumAbandonment != nil else {
            throw .targetUnreachable("give a service level, an ASA or a maximum abandonment to staff for")
        }
        self.serviceLevel = serviceLevel
        self.maximumAverageSpeedOfAnswer = maximumAverageSpeedOfAnswer
        self.maximumAbandonment = maximumAbandonment
        self.maximumOccupancy = maximumOccupancy
    }
}
