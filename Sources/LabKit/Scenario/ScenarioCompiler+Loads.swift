import ClusterSim
import LabDiagnostics

extension ScenarioCompiler {
    /// A load a step names (a condition on its report, `until load X finished`, `stopLoad`)
    /// must have been started by an earlier step: otherwise the check can only say "no load
    /// named X was started", or wait for nothing.
    mutating func checkLoadsAreStartedFirst(_ steps: [Step]) {
        var started: Set<String> = []
        for step in steps {
            for name in loadsUsed(by: step.action) where !started.contains(name) {
                let known = started.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
                diagnostics.append(
                    Diagnostic(
                        .error,
                        "load \"\(name)\" is used before any step starts it", at: step.location,
                        hint: started.isEmpty
                            ? "start it with a load: step (or kubectl exec ... siege) before this one"
                            : "loads started so far: \(known)"))
            }
            switch step.action {
            case .startLoad(let spec): started.insert(spec.name)
            case .kubectl(.execSiege(_, _, let load)): started.insert(load.name)
            default: break
            }
        }
    }

    private func loadsUsed(by action: StepAction) -> [String] {
        switch action {
        case .stopLoad(let name): [name]
        case .wait(let condition, _): condition.loadNames
        case .expect(let expectation): expectation.loadNames
        case .expectTogether(let expectations): expectations.flatMap(\.loadNames)
        default: []
        }
    }
}

extension Expectation {
    /// Loads the condition, its explanations and its milestone name.
    var loadNames: [String] {
        var names = condition.loadNames + explanations.flatMap(\.loadNames)
        if case .throughoutUntil(.loadFinished(let name)) = mode { names.append(name) }
        return names
    }
}

extension Condition {
    var loadNames: [String] {
        switch self {
        case .load(let name, _): [name]
        case .all(let conditions): conditions.flatMap(\.loadNames)
        default: []
        }
    }
}
