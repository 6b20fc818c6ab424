import KubeModel

/// horizontal.go computeStatusFor{Resource,ContainerResource,Pods,Object,External}Metric: one
/// metric's replica proposal and the status it reports.
extension HorizontalPodAutoscalerController {
    /// What every metric of one reconcile reads: the scale target and its pods.
    struct MetricContext {
        var target: ScaleTarget
        var pods: [Pod]
        var namespace: String
        var cluster: Cluster
        var tolerances: ReplicaCalculator.Tolerances
    }

    func computeReplicasForMetric(_ spec: MetricSpec, _ context: MetricContext) -> MetricOutcome {
        switch spec.type {
        case .resource:
            guard let source = spec.resource else { return Self.missingSource(spec) }
            return resourceOutcome(
                name: source.name, container: nil, target: source.target, context,
                status: {
                    MetricStatus(type: .resource, resource: .init(name: source.name, current: $0))
                })
        case .containerResource:
            guard let source = spec.containerResource else { return Self.missingSource(spec) }
            return resourceOutcome(
                name: source.name, container: source.container, target: source.target, context,
                status: { current in
                    var status = MetricStatus(type: .containerResource)
                    status.containerResource = .init(
                        name: source.name, container: source.container, current: current)
                    return status
                })
        case .pods:
            guard let source = spec.pods else { return Self.missingSource(spec) }
            return podsOutcome(source, context)
        case .object:
            guard let source = spec.object else { return Self.missingSource(spec) }
            return objectOutcome(source, context)
        case .external:
            guard let source = spec.external else { return Self.missingSource(spec) }
            return externalOutcome(source, context)
        }
    }

    private static func missingSource(_ spec: MetricSpec) -> MetricOutcome {
        MetricOutcome(
            replicas: nil, metric: "", status: MetricStatus(type: spec.type),
            error: "unknown metric source type \"\(spec.type.rawValue)\"",
            reason: "InvalidMetricSourceType")
    }

    /// computeStatusForResourceMetricGeneric: a resource of whole pods, or of one container.
    private func resourceOutcome(
        name resource: String, container: String?, target: MetricTarget,
        _ context: MetricContext, status makeStatus: (MetricValueStatus) -> MetricStatus
    ) -> MetricOutcome {
        let reason =
            container == nil ? "FailedGetResourceMetric" : "FailedGetContainerResourceMetric"
        var current = MetricValueStatus()
        do throws(ReplicaCalculator.Failure) {
            let samples: [String: PodMetricSample]
            do throws(ReplicaCalculator.Failure) {
                samples = try Self.resourceSamples(
                    resource, container: container, pods: context.pods, in: context.cluster)
            } catch {
                throw ReplicaCalculator.Failure(
                    message: "unable to get metrics for resource \(resource): \(error.message)")
            }
            var calculator = ReplicaCalculator(
                pods: context.pods, metrics: samples, now: context.cluster.now,
                resource: resource)
            calculator.container = container
            calculator.tolerances = context.tolerances
            if let average = target.averageValue {
                let proposal = try calculator.plainReplicas(
                    current: context.target.replicas, targetMilli: average.milliValue)
                current.averageValue = Quantity(milliValue: proposal.rawAverage)
                return MetricOutcome(
                    replicas: proposal.replicas, metric: "\(resource) resource",
                    status: makeStatus(current))
            }
            guard let utilization = target.averageUtilization else {
                return MetricOutcome(
                    replicas: nil, metric: "", status: makeStatus(current),
                    error: "invalid resource metric source: neither an average utilization"
                        + " target nor an average value (usage) target was set",
                    reason: reason)
            }
            let proposal = try calculator.resourceReplicas(
                current: context.target.replicas, targetUtilization: utilization)
            current.averageUtilization = proposal.utilization
            current.averageValue = Quantity(milliValue: proposal.rawAverage)
            let what = container == nil ? "resource" : "container resource"
            return MetricOutcome(
                replicas: proposal.replicas,
                metric: "\(resource) \(what) utilization (percentage of request)",
                status: makeStatus(current))
        } catch {
            let what = target.averageValue == nil ? "utilization" : "usage"
            return MetricOutcome(
                replicas: nil, metric: "", status: makeStatus(current),
                error: "failed to get \(resource) \(what): \(error.message)", reason: reason)
        }
    }

    /// The resource metrics API's answer (metrics/client.go getPodMetrics, getContainerMetrics):
    /// each sampled pod's usage summed over its containers, or of the one container.
    private static func resourceSamples(
        _ resource: String, container: String?, pods: [Pod], in cluster: Cluster
    ) throws(ReplicaCalculator.Failure) -> [String: PodMetricSample] {
        var samples: [String: PodMetricSample] = [:]
        for pod in pods {
            guard let metrics = cluster.podMetrics(pod.storeKey) else { continue }
            let name = pod.metadata.name ?? ""
            let value: Quantity
            if let container {
                guard let sample = metrics.container(container) else {
                    throw ReplicaCalculator.Failure(
                        message: "failed to get container metrics: container \(container) not"
                            + " present in metrics for pod \(pod.storeKey.namespace)/\(name)")
                }
                value = resource == "cpu" ? sample.cpu : sample.memory
            } else {
                value = resource == "cpu" ? metrics.cpu : metrics.memory
            }
            samples[name] = PodMetricSample(
                value: value.milliValue, timestamp: metrics.timestamp, window: metrics.window)
        }
        guard !samples.isEmpty else {
            throw ReplicaCalculator.Failure(
                message: "no metrics returned from resource metrics API")
        }
        return samples
    }

    /// computeStatusForPodsMetric: GetMetricReplicas over each pod's custom metric.
    private func podsOutcome(_ source: PodsMetricSource, _ context: MetricContext)
        -> MetricOutcome
    {
        let metric = source.metric.name
        var status = MetricStatus(type: .pods)
        status.pods = PodsMetricStatus(metric: source.metric, current: MetricValueStatus())
        do throws(ReplicaCalculator.Failure) {
            let samples: [String: PodMetricSample]
            do throws(CustomMetricsAdapter.Failure) {
                samples = try Self.adapter(in: context.cluster).podValues(
                    metric, pods: context.pods, namespace: context.namespace,
                    now: context.cluster.now)
            } catch {
                throw ReplicaCalculator.Failure(
                    message: "unable to get metric \(metric): \(error.message)")
            }
            var calculator = ReplicaCalculator(
                pods: context.pods, metrics: samples, now: context.cluster.now, resource: "")
            calculator.tolerances = context.tolerances
            let target = source.target.averageValue?.milliValue ?? 0
            let proposal = try calculator.plainReplicas(
                current: context.target.replicas, targetMilli: target)
            status.pods?.current.averageValue = Quantity(milliValue: proposal.rawAverage)
            return MetricOutcome(
                replicas: proposal.replicas, metric: "pods metric \(metric)", status: status)
        } catch {
            return MetricOutcome(
                replicas: nil, metric: "", status: status, error: error.message,
                reason: "FailedGetPodsMetric")
        }
    }

    /// computeStatusForObjectMetric: GetObjectMetricReplicas (Value) or
    /// GetObjectPerPodMetricReplicas (AverageValue).
    private func objectOutcome(_ source: ObjectMetricSource, _ context: MetricContext)
        -> MetricOutcome
    {
        let metric = source.metric.name
        let object = source.describedObject
        var status = MetricStatus(type: .object)
        status.object = ObjectMetricStatus(
            metric: source.metric, current: MetricValueStatus(), describedObject: object)
        let fail = { (message: String) in
            MetricOutcome(
                replicas: nil, metric: "", status: status, error: message,
                reason: "FailedGetObjectMetric")
        }
        let value: Int64
        do throws(CustomMetricsAdapter.Failure) {
            value = try Self.adapter(in: context.cluster).objectValue(
                metric, kind: object.kind, name: object.name, namespace: context.namespace)
        } catch {
            // replica_calculator.go formats its arguments in this order.
            return fail(
                "unable to get metric \(metric): \(object.kind) on \(context.namespace)"
                    + " \(object.name)/\(error.message)")
        }
        if source.target.type == .value, let goal = source.target.value {
            do throws(ReplicaCalculator.Failure) {
                let replicas = try ReplicaCalculator.usageRatioReplicas(
                    current: context.target.replicas,
                    ratio: Double(value) / Double(goal.milliValue), pods: context.pods,
                    tolerances: context.tolerances)
                status.object?.current.value = Quantity(milliValue: value)
                return MetricOutcome(
                    replicas: replicas, metric: "\(object.kind) metric \(metric)",
                    status: status)
            } catch {
                return fail(error.message)
            }
        }
        if source.target.type == .averageValue, let goal = source.target.averageValue {
            let (replicas, average) = ReplicaCalculator.perPodReplicas(
                statusReplicas: context.target.statusReplicas, total: value,
                targetMilli: goal.milliValue, tolerances: context.tolerances)
            status.object?.current.averageValue = Quantity(milliValue: average)
            return MetricOutcome(
                replicas: replicas,
                metric: "external metric \(metric)(\(Self.selectorText(source.metric.selector)))",
                status: status)
        }
        return fail(
            "invalid object metric source: neither a value target nor an average value target"
                + " was set")
    }

    /// computeStatusForExternalMetric: the sum of the selected series, per pod
    /// (GetExternalPerPodMetricReplicas) or in total (GetExternalMetricReplicas).
    private func externalOutcome(_ source: ExternalMetricSource, _ context: MetricContext)
        -> MetricOutcome
    {
        let metric = source.metric.name
        var status = MetricStatus(type: .external)
        status.external = ExternalMetricStatus(metric: source.metric, current: MetricValueStatus())
        let name = "external metric \(metric)(\(Self.selectorText(source.metric.selector)))"
        let fail = { (message: String) in
            MetricOutcome(
                replicas: nil, metric: "", status: status, error: message,
                reason: "FailedGetExternalMetric")
        }
        let total: Int64
        do throws(CustomMetricsAdapter.Failure) {
            total = try Self.adapter(in: context.cluster, external: true).externalValues(
                metric, selector: source.metric.selector, namespace: context.namespace
            ).reduce(0, +)
        } catch {
            return fail(
                "unable to get external metric \(context.namespace)/\(metric)/"
                    + "\(Self.selectorText(source.metric.selector)): \(error.message)")
        }
        if let goal = source.target.averageValue {
            let (replicas, average) = ReplicaCalculator.perPodReplicas(
                statusReplicas: context.target.statusReplicas, total: total,
                targetMilli: goal.milliValue, tolerances: context.tolerances)
            status.external?.current.averageValue = Quantity(milliValue: average)
            return MetricOutcome(replicas: replicas, metric: name, status: status)
        }
        if let goal = source.target.value {
            do throws(ReplicaCalculator.Failure) {
                let replicas = try ReplicaCalculator.usageRatioReplicas(
                    current: context.target.replicas,
                    ratio: Double(total) / Double(goal.milliValue), pods: context.pods,
                    tolerances: context.tolerances)
                status.external?.current.value = Quantity(milliValue: total)
                return MetricOutcome(replicas: replicas, metric: name, status: status)
            } catch {
                return fail(error.message)
            }
        }
        return fail(
            "invalid external metric source: neither a value target nor an average value target"
                + " was set")
    }

    /// The adapter, or an error as from a cluster where no such metrics API is registered.
    private static func adapter(in cluster: Cluster, external: Bool = false)
        throws(CustomMetricsAdapter.Failure) -> CustomMetricsAdapter
    {
        guard let adapter = cluster.customMetrics else {
            let (kind, group) = external ? ("external", "external") : ("custom", "custom")
            throw CustomMetricsAdapter.Failure(
                message: "unable to fetch metrics from \(kind) metrics API: no \(kind) metrics"
                    + " API (\(group).metrics.k8s.io) registered")
        }
        return adapter
    }

    /// A metric selector as Go's `%+v` prints a `*metav1.LabelSelector`.
    static func selectorText(_ selector: LabelSelector?) -> String {
        guard let selector else { return "nil" }
        let labels = (selector.matchLabels ?? [:]).sorted { $0.key < $1.key }
            .map { "\($0.key): \($0.value)," }.joined()
        return "&LabelSelector{MatchLabels:map[string]string{\(labels)},"
            + "MatchExpressions:[]LabelSelectorRequirement{},}"
    }
}
