import ClusterSim
import KubeModel
import KubeYAML
import LabDiagnostics

extension ScenarioRun {
    /// Fields of `object` the API server dropped because a feature gate is off: upstream drops
    /// them without a word, which would leave a student wondering why a setting does nothing.
    func droppedFieldWarnings(_ object: LoadedObject) -> [Diagnostic] {
        var dropped: [(FeatureGate, FieldPath, String)] = []
        switch object.resource {
        case .horizontalPodAutoscaler(let hpa) where !cluster.isEnabled(.hpaConfigurableTolerance):
            for (direction, rules) in [
                ("scaleUp", hpa.spec.behavior?.scaleUp),
                ("scaleDown", hpa.spec.behavior?.scaleDown),
            ] where rules?.tolerance != nil {
                dropped.append(
                    (
                        .hpaConfigurableTolerance,
                        FieldPath("spec.behavior.\(direction).tolerance"),
                        "so the HPA keeps its 10 % tolerance"
                    ))
            }
        case .statefulSet(let set) where !cluster.isEnabled(.maxUnavailableStatefulSet):
            if set.spec.updateStrategy?.rollingUpdate?.maxUnavailable != nil {
                dropped.append(
                    (
                        .maxUnavailableStatefulSet,
                        "spec.updateStrategy.rollingUpdate.maxUnavailable",
                        "so the rollout replaces one pod at a time"
                    ))
            }
        default:
            break
        }
        if !cluster.isEnabled(.podLevelResources),
            object.resource.podTemplate?.spec?.resources != nil
        {
            let isPod: Bool
            if case .pod = object.resource { isPod = true } else { isPod = false }
            dropped.append(
                (
                    .podLevelResources,
                    FieldPath(isPod ? "spec.resources" : "spec.template.spec.resources"),
                    "so only the containers' requests and limits count"
                ))
        }
        let version = cluster.controlPlaneVersion
        return dropped.map { gate, path, consequence in
            object.diagnostic(
                for: FieldError(
                    .warning, path,
                    "\"\(path)\" is dropped: the \(gate.rawValue) feature gate is off in this"
                        + " cluster (Kubernetes \(version)), \(consequence)",
                    hint: gate.hint))
        }
    }
}

extension FeatureGate {
    /// When the gate comes on, and how a scenario sets it.
    var hint: String {
        switch self {
        case .hpaConfigurableTolerance:
            "the gate is alpha from 1.33 and on by default from 1.35; a scenario sets it with"
                + " cluster.featureGates"
        case .maxUnavailableStatefulSet:
            "the gate is alpha (off by default) since 1.24; without it a StatefulSet's rolling"
                + " update replaces one pod at a time"
        case .podLevelResources:
            "the gate is alpha in 1.32 and 1.33 and on by default from 1.34; a scenario sets"
                + " cluster.controlPlaneVersion or cluster.featureGates"
        }
    }
}
