import ClusterSim
import KubeModel
import KubeYAML
import LabDiagnostics

extension ScenarioRun {
    /// Fields of `object` the API server dropped because a feature gate is off: upstream drops
    /// them without a word, which would leave a student wondering why a setting does nothing.
    func droppedFieldWarnings(_ object: LoadedObject) -> [Diagnostic] {
        guard case .horizontalPodAutoscaler(let hpa) = object.resource, hpa.setsTolerance,
            !cluster.isEnabled(.hpaConfigurableTolerance)
        else { return [] }
        let gate = FeatureGate.hpaConfigurableTolerance.rawValue
        let version = cluster.controlPlaneVersion
        return [
            ("scaleUp", hpa.spec.behavior?.scaleUp), ("scaleDown", hpa.spec.behavior?.scaleDown),
        ]
        .compactMap { direction, rules in
            guard rules?.tolerance != nil else { return nil }
            let path = FieldPath("spec.behavior.\(direction).tolerance")
            return object.diagnostic(
                for: FieldError(
                    .warning, path,
                    "\"\(path)\" is dropped: the \(gate) feature gate is off in this cluster"
                        + " (Kubernetes \(version)), so the HPA keeps its 10 % tolerance",
                    hint: "the gate is alpha from 1.33 and on by default from 1.35; a"
                        + " scenario sets it with cluster.featureGates"))
        }
    }
}
