import ClusterSim
import KubeModel
import LabDiagnostics

/// Runs a scenario's steps in order against a fresh simulated cluster.
///
/// Same scenario, same student files, same result, byte for byte: the cluster runs on virtual
/// time from the scenario's seed.
public struct ScenarioRunner: Sendable {
    /// The student's folder on disk (`lab sim run --dir`): `apply` paths are looked up here
    /// first, then beside the scenario.
    public var studentDirectory: String?
    /// The student's files, parsed once (a lab check): `apply` paths name them first.
    public var student: StudentManifests?

    public init(studentDirectory: String? = nil) {
        self.studentDirectory = studentDirectory
    }

    /// A run whose `apply` steps take the student's objects from `student`'s one parse.
    public init(student: StudentManifests) {
        self.studentDirectory = student.files.root
        self.student = student
    }

    public func run(_ scenario: Scenario) -> ScenarioResult {
        let run = ScenarioRun(
            scenario: scenario, studentDirectory: studentDirectory, student: student)
        for step in scenario.steps {
            run.perform(step)
        }
        return run.finish()
    }
}

/// The state of one run: the cluster, the loads started, and what the steps produced.
final class ScenarioRun {
    let scenario: Scenario
    let studentDirectory: String?
    let student: StudentManifests?
    let cluster: Cluster
    let observer = ScenarioObserver()
    let loads = LoadBook()
    var reportedLoads: Set<String> = []
    /// Scenario lines, each with the count of cluster timeline entries before it.
    var lines: [(position: Int, entry: TimelineEntry)] = []
    var expectations: [ExpectationResult] = []
    /// Expectations still being watched (`within`, `throughout`), in the order they started.
    var watchers: [Watcher] = []
    var diagnostics: [Diagnostic] = []
    let drains = DrainTracker()
    let json = JSONCache()

    init(scenario: Scenario, studentDirectory: String?, student: StudentManifests? = nil) {
        self.scenario = scenario
        self.studentDirectory = studentDirectory
        self.student = student
        let (cluster, problems) = ClusterFactory.makeCluster(
            scenario.cluster, scenarioFile: scenario.file)
        self.cluster = cluster
        diagnostics = problems
        cluster.register(observer)
    }

    var evaluator: ConditionEvaluator {
        ConditionEvaluator(
            cluster: cluster, observer: observer, loads: loads, drains: drains,
            json: json)
    }

    /// Adds a scenario line to the timeline at the current time.
    func say(_ text: String, about subject: ObjectKey? = nil) {
        lines.append(
            (
                cluster.timeline.entries.count,
                TimelineEntry(time: cluster.now, category: .scenario, subject: subject, text: text)
            ))
    }

    func fail(_ message: String, at step: Step, hint: String? = nil, notes: [String] = []) {
        diagnostics.append(
            Diagnostic(.error, message, at: step.location, notes: notes, hint: hint))
        say("  error: \(message)")
    }

    func perform(_ step: Step) {
        say("— step \(step.number): \(step.summary)")
        switch step.action {
        case .apply(let source):
            apply(source, step: step)
        case .delete(let target, let cascade, let wait):
            delete([target], cascade: cascade, wait: wait, step: step)
        case .kubectl(let command):
            kubectl(command, step: step)
        case .startLoad(let spec):
            startLoad(spec, step: step)
        case .stopLoad(let name):
            guard let generator = loads[name] else {
                fail("no load named \"\(name)\" is running", at: step)
                return
            }
            generator.stop(in: cluster)
            reportLoad(name)
        case .setUsage(let override):
            setUsage(override, step: step)
        case .setMetric(let publication):
            setMetric(publication, step: step)
        case .podFault(let fault):
            podFault(fault, step: step)
        case .nodeGroup(let action):
            nodeGroup(action, step: step)
        case .upgradeControlPlane(let version):
            upgradeControlPlane(to: version, step: step)
        case .failNode(let node):
            failNode(node, step: step)
        case .recoverNode(let node):
            recoverNode(node, step: step)
        case .advance(let duration):
            runClock(timeout: duration.time)
        case .wait(let condition, let timeout):
            wait(for: condition, timeout: timeout, step: step)
        case .expect(let expectation):
            expect([expectation], step: step)
        case .expectTogether(let expectations):
            expect(expectations, step: step)
        }
    }

    func startLoad(_ spec: LoadSpec, step: Step) {
        if let running = loads[spec.name], !running.isFinished(at: cluster.now) {
            fail("a load named \"\(spec.name)\" is already running", at: step)
            return
        }
        let generator = LoadGenerator(spec, in: cluster)
        loads[spec.name] = generator
        reportedLoads.remove(spec.name)
        cluster.schedule(at: generator.deadline) { [weak self] _ in self?.reportLoad(spec.name) }
    }

    /// Adds a finished load's summary line to the timeline, once.
    func reportLoad(_ name: String) {
        guard let generator = loads[name], generator.isFinished(at: cluster.now),
            reportedLoads.insert(name).inserted
        else { return }
        let report = generator.report(at: cluster.now)
        say(
            "load \(name) finished: \(report.transactions) hits, availability "
                + "\(LoadReport.fixed(report.availability)) %, \(report.failed) failed")
    }

    private func wait(for condition: Condition, timeout: ScenarioDuration, step: Step) {
        let memo = ConditionMemo(condition, evaluator: evaluator)
        let held = runClock(until: { memo.evaluate().holds }, timeout: timeout.time)
        guard held else {
            let observed = memo.evaluate().observed
            fail(
                "timed out after \(timeout.text) waiting for \(ConditionText.describe(condition))",
                at: step, notes: ["observed: \(observed)"])
            return
        }
        say("  condition met: \(ConditionText.describe(condition))")
    }

    func finish() -> ScenarioResult {
        cluster.settle()
        for watcher in watchers { watcher.finish(in: self) }
        watchers.removeAll()
        for name in loads.order { reportLoad(name) }
        var merged: [TimelineEntry] = []
        var next = 0
        for (index, entry) in cluster.timeline.entries.enumerated() {
            while next < lines.count, lines[next].position <= index {
                merged.append(lines[next].entry)
                next += 1
            }
            merged.append(entry)
        }
        merged += lines[next...].map(\.entry)
        return ScenarioResult(
            name: scenario.name, file: scenario.file, timeline: merged,
            expectations: expectations,
            loadReports: loads.order.compactMap { loads[$0]?.report(at: cluster.now) },
            duration: cluster.now, diagnostics: diagnostics)
    }
}
