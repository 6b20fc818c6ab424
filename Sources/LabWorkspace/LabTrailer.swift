/// The trailer keys LabKit writes at the end of its commit messages, and reads back.
///
/// This is the contract between the workspace (`lab start`, `lab check`, ...) and grading:
/// history is read from these trailers, never from a side file. Documented in
/// docs/workspace.md.
public enum LabTrailer {
    /// The lab a commit belongs to: `Lab: hpa`.
    public static let lab = "Lab"
    /// What LabKit did: `Lab-Action: start|check|hint|reset|solution`.
    public static let action = "Lab-Action"
    /// A check's outcome: `Lab-Result: pass 5/5` or `Lab-Result: fail 3/5`.
    public static let result = "Lab-Result"
    /// A check's points: `Lab-Points: 8/10`.
    public static let points = "Lab-Points"
    /// A hint shown: `Lab-Hint: <check-id> <level>`.
    public static let hint = "Lab-Hint"
    /// A solution shown before the lab passed: `Lab-Forced: yes`.
    public static let forced = "Lab-Forced"
    /// The LabKit version that wrote the commit: `LabKit-Version: 0.1.0`.
    public static let labkitVersion = "LabKit-Version"
}

/// A check's outcome as the `Lab-Result` trailer spells it.
public struct LabResultTrailer: Sendable, Hashable {
    public var passed: Bool
    public var checksPassed: Int
    public var checksTotal: Int

    public init(passed: Bool, checksPassed: Int, checksTotal: Int) {
        self.passed = passed
        self.checksPassed = checksPassed
        self.checksTotal = checksTotal
    }

    /// `pass 5/5` or `fail 3/5`.
    public var value: String {
        "\(passed ? "pass" : "fail") \(checksPassed)/\(checksTotal)"
    }

    /// Reads `pass 5/5`; nil for anything else (a hand-written trailer is not trusted).
    public init?(value: String) {
        let words = value.split(separator: " ")
        guard words.count == 2, words[0] == "pass" || words[0] == "fail" else { return nil }
        let counts = words[1].split(separator: "/")
        guard counts.count == 2, let done = Int(counts[0]), let total = Int(counts[1]),
            done >= 0, total >= done
        else { return nil }
        self.init(passed: words[0] == "pass", checksPassed: done, checksTotal: total)
    }
}
