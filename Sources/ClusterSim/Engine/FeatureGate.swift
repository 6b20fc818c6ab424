/// Feature gates of the control plane that change behaviour a lab can observe, with the
/// defaults upstream ships by version (`pkg/features/kube_features.go`).
public enum FeatureGate: String, CaseIterable, Sendable {
    /// KEP-4951: `behavior.scaleUp.tolerance` and `behavior.scaleDown.tolerance` on an HPA.
    /// Alpha (off) in 1.33, beta (on) from 1.35; before 1.33 the field does not exist.
    case hpaConfigurableTolerance = "HPAConfigurableTolerance"
    /// KEP-961: `updateStrategy.rollingUpdate.maxUnavailable` on a StatefulSet. Alpha (off)
    /// since 1.24; LabKit treats it as off by default in every version it models.
    case maxUnavailableStatefulSet = "MaxUnavailableStatefulSet"
    /// KEP-2837: `spec.resources` on a pod (cpu and memory for the whole pod). Alpha (off) in
    /// 1.32 and 1.33, beta (on) from 1.34.
    case podLevelResources = "PodLevelResources"

    /// The first version that has the gate, and the first where it is on by default.
    var stages: (alpha: KubernetesVersion, beta: KubernetesVersion?) {
        switch self {
        case .hpaConfigurableTolerance:
            (KubernetesVersion(major: 1, minor: 33), KubernetesVersion(major: 1, minor: 35))
        case .maxUnavailableStatefulSet:
            (KubernetesVersion(major: 1, minor: 24), nil)
        case .podLevelResources:
            (KubernetesVersion(major: 1, minor: 32), KubernetesVersion(major: 1, minor: 34))
        }
    }

    /// Whether the simulation has the behaviour the gate turns on (a scenario may then set
    /// it); otherwise only its default, the field dropped, is modelled.
    public var isSimulatedWhenOn: Bool {
        switch self {
        case .hpaConfigurableTolerance, .podLevelResources: true
        case .maxUnavailableStatefulSet: false
        }
    }

    /// Whether a control plane of `version` has the gate on when nobody sets it.
    func isEnabledByDefault(at version: KubernetesVersion) -> Bool {
        guard let beta = stages.beta else { return false }
        return version >= beta
    }
}

extension Cluster {
    /// Whether `gate` is on: the configuration's setting, else upstream's default for the
    /// control plane's version; a gate the version does not have yet is off.
    public func isEnabled(_ gate: FeatureGate) -> Bool {
        let version =
            KubernetesVersion(controlPlaneVersion) ?? KubernetesVersion(major: 1, minor: 0)
        guard version >= gate.stages.alpha else { return false }
        return configuration.featureGates[gate.rawValue] ?? gate.isEnabledByDefault(at: version)
    }
}
