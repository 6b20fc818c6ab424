import ClusterSim
import KubeModel

extension ScenarioRun {
    /// `nodeGroup:` steps: EKS managed node group operations (they run over virtual time; the
    /// group's activity goes to the timeline as events).
    func nodeGroup(_ action: NodeGroupAction, step: Step) {
        do {
            switch action {
            case .create(let definition):
                try cluster.createNodeGroup(definition.spec)
                say("  nodegroup \(definition.name) creating")
            case .scale(let name, let desired, let min, let max):
                try cluster.scaleNodeGroup(name: name, desired: desired, min: min, max: max)
                say("  nodegroup \(name) scaling")
            case .delete(let name):
                try cluster.deleteNodeGroup(name: name)
                say("  nodegroup \(name) deleting")
            case .upgrade(let name, let version, let force):
                let id = try cluster.upgradeNodeGroup(name: name, version: version, force: force)
                say("  nodegroup \(name) updating to \(version) (update \(id))")
            }
        } catch {
            fail(error.description, at: step)
        }
    }

    /// `controlPlane: {upgrade: "1.30"}`.
    func upgradeControlPlane(to version: String, step: Step) {
        do {
            try cluster.upgradeControlPlane(to: version)
            say("  control plane updating to \(version)")
        } catch {
            fail(error.description, at: step)
        }
    }
}

extension NodeGroupDefinition {
    /// The EKS API's description of the group.
    var spec: NodeGroupSpec {
        NodeGroupSpec(
            name: name, instanceType: instanceType, cpu: cpu, memory: memory, maxPods: pods,
            minSize: min, maxSize: max, desiredSize: desired, kubernetesVersion: version,
            labels: labels.isEmpty ? nil : labels, taints: taints.isEmpty ? nil : taints,
            zones: zones.isEmpty ? nil : zones)
    }
}
