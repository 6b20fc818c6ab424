import Foundation
import LabGit

/// Commit times as the outputs write them: ISO 8601 in the commit's own UTC offset.
enum Timestamp {
    static func text(_ time: SignatureTime) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(secondsFromGMT: time.utcOffsetMinutes * 60) ?? .gmt
        return formatter.string(from: time.date)
    }
}
