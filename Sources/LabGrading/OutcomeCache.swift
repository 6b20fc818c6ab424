import Synchronization

/// Outcomes by lab and exact file contents (git blob ids), shared by all grading workers.
///
/// A lab check is deterministic (virtual time, seeded), so two submissions with byte-identical
/// files for a lab, an untouched starter say, get the same outcome; the second is not re-run.
/// Any difference in any file, a comment included, is a different key.
final class OutcomeCache: Sendable {
    private let table = Mutex<[String: LabOutcome]>([:])
    private let counts = Mutex<(hits: Int, misses: Int)>((0, 0))

    func outcome(for key: String) -> LabOutcome? {
        let found = table.withLock { $0[key] }
        counts.withLock { found == nil ? ($0.misses += 1) : ($0.hits += 1) }
        return found
    }

    func store(_ outcome: LabOutcome, for key: String) {
        table.withLock { $0[key] = outcome }
    }

    /// How many lookups found an outcome, and how many ran the check.
    var statistics: (hits: Int, misses: Int) { counts.withLock { $0 } }
}
