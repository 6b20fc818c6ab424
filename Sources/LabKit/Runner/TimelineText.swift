public import ClusterSim

/// Renders timeline entries with their virtual timestamp: `[  12.5s] pod/order-x  0/1  ...`.
public enum TimelineText {
    public static func line(_ entry: TimelineEntry) -> String {
        "[\(stamp(entry.time))] \(entry.text)"
    }

    /// Seconds with one decimal, right-aligned in 7 columns: `   12.5s`.
    public static func stamp(_ time: VirtualTime) -> String {
        let tenths = (time.milliseconds + 50) / 100
        let text = "\(tenths / 10).\(tenths % 10)s"
        return String(repeating: " ", count: max(0, 7 - text.count)) + text
    }
}
