import ClusterSim
import KubeModel

extension ScenarioRun {
    /// `breakPod` / `healPod`: at once, or `after` a while with the next steps running
    /// meanwhile; the pod is looked up when the fault fires (a StatefulSet pod re-created under
    /// the same name is the one broken).
    func podFault(_ fault: PodFault, step: Step) {
        guard let after = fault.after else {
            applyFault(fault, step: step)
            return
        }
        cluster.schedule(after: after.time) { [weak self] _ in
            self?.applyFault(fault, step: step)
        }
    }

    private func applyFault(_ fault: PodFault, step: Step) {
        guard let kubelet = cluster.kubelet else {
            fail("this cluster runs no kubelet: no application to break", at: step)
            return
        }
        guard let pod = faultTarget(fault, step: step) else { return }
        let key = pod.storeKey
        let outcome: Kubelet.FaultOutcome
        let line: String
        switch fault.change {
        case .breakPath(let path?):
            outcome = kubelet.breakApplication(key, fault: .path(path), in: cluster)
            line = "\(path) answers 500"
        case .breakPath(nil):
            outcome = kubelet.breakApplication(key, fault: .hung, in: cluster)
            line = "the application hangs (every path answers 503)"
        case .crash:
            outcome = kubelet.breakApplication(key, fault: .crash, in: cluster)
            line = "the application crashed (exit code 1)"
        case .heal(let path):
            outcome = kubelet.healApplication(key, path: path, in: cluster)
            line = path.map { "\($0) answers again" } ?? "the application answers again"
        }
        guard outcome == .applied else {
            fail(
                "pod/\(key.name) runs no container now: nothing to \(Self.verb(fault.change))",
                at: step,
                hint: "wait until it runs: wait: {for: {pods: {selector: ..., phase: Running}}}")
            return
        }
        say("  pod/\(key.name): \(line)", about: key)
    }

    /// The pod by name, or the workload's oldest pod that is not being deleted.
    private func faultTarget(_ fault: PodFault, step: Step) -> Pod? {
        if let name = fault.pod {
            guard let pod = cluster.get(Pod.self, name, namespace: fault.namespace) else {
                fail(APIError.notFound(Pod.resourceName, name).description, at: step)
                return nil
            }
            return pod
        }
        guard let owner = fault.owner else { return nil }
        guard let selector = cluster.store.resource(owner.key)?.selector else {
            let resource = Cluster.storedKind(named: owner.kind)?.resourceName ?? owner.kind
            fail(APIError.notFound(resource, owner.name).description, at: step)
            return nil
        }
        let live = cluster.list(Pod.self, namespace: owner.namespace, selector: selector).first {
            $0.metadata.deletionTimestamp == nil && !$0.isTerminal
        }
        guard let live else {
            fail("\(owner) has no running pod: nothing to \(Self.verb(fault.change))", at: step)
            return nil
        }
        return live
    }

    private static func verb(_ change: PodFault.Change) -> String {
        switch change {
        case .breakPath: "break"
        case .crash: "crash"
        case .heal: "heal"
        }
    }
}
