/// What backs an answer: a moment in the recording or words from the transcript.
public enum Evidence: Hashable, Sendable, CustomStringConvertible {
    /// Seconds from the start of the interaction's recording; 0 or more and, when the
    /// interaction's duration is known, within it.
    case timestamp(seconds: Double)
    /// Words quoted from the call, chat, email or letter.
    case quote(String)

    /// `at 1:23`, `"I can't give you that"`.
    public var description: String {
        switch self {
        case .timestamp(let seconds):
            guard seconds.isFinite, seconds >= 0 else { return "at \(seconds) s" }
            let whole = Int(seconds.rounded(.down))
            let text = "\(whole / 60):" + (whole % 60 < 10 ? "0" : "") + String(whole % 60)
            return "at " + text
        case .quote(let text):
            return "\"\(text)\""
        }
    }
}
