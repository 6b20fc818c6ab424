import KubeModel

/// Pod classes that drain and the cluster autoscaler treat apart.
enum PodKinds {
    /// Owned by a DaemonSet (drain skips it with `--ignore-daemonsets`).
    static func isDaemonSetPod(_ pod: Pod) -> Bool {
        controller(of: pod)?.kind == "DaemonSet"
    }

    /// The owner reference with `controller: true`, if any.
    static func controller(of pod: Pod) -> OwnerReference? {
        pod.metadata.ownerReferences?.first { $0.controller == true }
    }

    /// A static pod's mirror (annotation `kubernetes.io/config.mirror`).
    static func isMirrorPod(_ pod: Pod) -> Bool {
        pod.metadata.annotations?["kubernetes.io/config.mirror"] != nil
    }
}
