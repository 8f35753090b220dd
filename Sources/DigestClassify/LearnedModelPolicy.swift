/// Where the classifier hears the learned model, and how sure the model must be each time: the
/// `learned-model` setting of a rules file.
///
/// ```yaml
/// learned-model:
///   enabled: true       # false: the rules alone decide (also `learned-model: false`)
///   guess: 0.5          # no rule holds: the guess files the notice
///   critical: 0.5       # only cues hold: abuse or a compromise over the cues
///   over-cue: 0.85      # only cues hold: a guess of another category over the first cue
///   over-strong: 0.9    # a strong statement holds, nothing critical: a guess of another category over it
/// ```
///
/// Each threshold is a probability from 0.5 to 1, or `false` for never. A file that gives only some
/// of them changes only those. Critical evidence is never overridden, and no guess may make a notice
/// critical when a critical rule's exclusion held.
public struct LearnedModelPolicy: Sendable, Equatable {
    /// How sure the model must be: at least this probability, or never.
    public enum Threshold: Sendable, Equatable, CustomStringConvertible {
        case atLeast(Double)
        case never

        /// Whether a guess this sure passes.
        public func admits(_ probability: Double) -> Bool {
            switch self {
            case .atLeast(let minimum): return probability >= minimum
            case .never: return false
            }
        }

        public var description: String {
            switch self {
            case .atLeast(let minimum):
                let percent = minimum * 100
                return percent == percent.rounded() ? "\(Int(percent)) %" : String(format: "%.1f %%", percent)
            case .never: return "never"
            }
        }
    }

    /// One setting by its key in the file.
    public enum Setting: String, CaseIterable, Sendable {
        case guess, critical, overCue = "over-cue", overStrong = "over-strong"
    }

    /// Whether the model is heard at all (nil: the file does not say).
    public var enabled: Bool?
    /// The thresholds the file gives.
    public var thresholds: [Setting: Threshold] = [:]

    public init(enabled: Bool? = nil, thresholds: [Setting: Threshold] = [:]) {
        self.enabled = enabled
        self.thresholds = thresholds
    }

    /// The threshold in effect for `setting`: the file's, else the tool's own (``builtIn``).
    public func threshold(_ setting: Setting) -> Threshold {
        thresholds[setting] ?? Self.builtIn[setting] ?? .never
    }

    /// What holds when no file says: the model files what no rule holds and hears critical guesses over
    /// cues; it overrides nothing (the shipped rules file turns the overrides on).
    public static let builtIn: [Setting: Threshold] = [.guess: .atLeast(0.5), .critical: .atLeast(0.7)]

    /// `other` on top of this: what it gives replaces what this gives.
    public mutating func apply(_ other: LearnedModelPolicy) {
        if let enabled = other.enabled { self.enabled = enabled }
        thresholds.merge(other.thresholds) { $1 }
    }
}
