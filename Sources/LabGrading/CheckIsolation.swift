public import Foundation

/// Where lab checks run while grading.
public enum CheckIsolation: Sendable, Hashable {
    /// On a thread of the grading process. A check past the wall-time limit is reported as a
    /// timeout but keeps its thread (and memory) until it ends: for tests and trusted input.
    case inProcess
    /// In long-lived worker processes, one per job, started as `executable arguments...`
    /// (`lab grade worker`, which serves `CheckWorker`). A check past the wall-time limit gets
    /// its worker killed and a new one started; a worker that dies (out of memory, a crash)
    /// costs only that check.
    case workerProcess(executable: URL, arguments: [String])
}
