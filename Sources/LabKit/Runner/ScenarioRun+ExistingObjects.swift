import ClusterSim
import KubeModel

extension ScenarioRun {
    /// The objects later manifests may refer to (an HPA's target, a Service's pods, a budget's
    /// pods): the workloads and Services an earlier step applied.
    var workloadsAndServices: [KubeResource] {
        cluster.list(Deployment.self).map(KubeResource.deployment)
            + cluster.list(StatefulSet.self).map(KubeResource.statefulSet)
            + cluster.list(ReplicaSet.self).map(KubeResource.replicaSet)
            + cluster.list(DaemonSet.self).map(KubeResource.daemonSet)
            + cluster.list(Service.self).map(KubeResource.service)
    }
}
