import ClusterSim
import KubeModel

extension ScenarioRun {
    /// `setUsage`: what the selected pods' applications consume, for metrics-server.
    func setUsage(_ usage: UsageOverride, step: Step) {
        guard let selector = podSelector(usage.selector, owner: usage.owner, step: step) else {
            return
        }
        guard cluster.metricsServer != nil else {
            fail("Metrics API not available", at: step)
            return
        }
        cluster.setUsage(
            selector: selector, namespace: usage.namespace, container: usage.container,
            cpu: usage.cpu.flatMap(Quantity.init), memory: usage.memory.flatMap(Quantity.init))
    }

    /// `setMetric`: publishes a custom or external metric's value (the adapter appears with
    /// the first one, as installing prometheus-adapter would make the APIs exist).
    func setMetric(_ publication: MetricPublication, step: Step) {
        guard let value = Quantity(publication.value) else { return }
        switch publication.target {
        case .pods(let text, let owner):
            guard let selector = podSelector(text, owner: owner, step: step) else { return }
            cluster.publishPodMetric(
                publication.name, selector: selector, namespace: publication.namespace,
                value: value)
        case .object(let object):
            cluster.publishObjectMetric(
                publication.name, kind: object.kind, name: object.name,
                namespace: publication.namespace, value: value)
        case .external(let labels):
            cluster.publishExternalMetric(
                publication.name, labels: labels, namespace: publication.namespace, value: value)
        }
    }

    /// Pods by label, or by a workload's own selector as it is now (its pods, however they
    /// are labelled); nil after failing the step when the workload does not exist.
    private func podSelector(_ text: String, owner: ObjectReferenceText?, step: Step)
        -> LabelSelector?
    {
        guard let owner else { return LabelSelectorText.parse(text) }
        guard let selector = cluster.store.resource(owner.key)?.selector else {
            let resource = Cluster.storedKind(named: owner.kind)?.resourceName ?? owner.kind
            fail(APIError.notFound(resource, owner.name).description, at: step)
            return nil
        }
        return selector
    }

    /// `kubectl top pods|nodes`: metrics-server's table, into the timeline.
    func top(_ target: KubectlCommand.TopTarget, selector: String?, namespace: String, step: Step) {
        guard cluster.metricsServer != nil else {
            fail("Metrics API not available", at: step)
            return
        }
        let lines: [String]?
        switch target {
        case .pods:
            let parsed = selector.flatMap(LabelSelectorText.parse)
            lines = MetricsTable.pods(namespace: namespace, selector: parsed, in: cluster)
        case .containers:
            let parsed = selector.flatMap(LabelSelectorText.parse)
            lines = MetricsTable.containers(namespace: namespace, selector: parsed, in: cluster)
        case .nodes:
            lines = MetricsTable.nodes(in: cluster)
        }
        guard let lines else {
            fail("metrics not available yet", at: step)
            return
        }
        for line in lines { say(line.isEmpty ? "" : "  " + line) }
    }

    /// `kubectl get KIND [NAME]`: the table, into the timeline.
    func get(kind: String, name: String?, namespace: String, wide: Bool, step: Step) {
        guard
            let lines = KubectlTable.lines(
                kind: kind, name: name, namespace: namespace, wide: wide, in: cluster)
        else {
            if let name {
                let resource = Cluster.storedKind(named: kind)?.resourceName ?? kind
                fail(APIError.notFound(resource, name).description, at: step)
            } else if Cluster.storedKind(named: kind)?.isClusterScoped == true {
                say("  No resources found")
            } else {
                say("  No resources found in \(namespace) namespace.")
            }
            return
        }
        for line in lines { say(line.isEmpty ? "" : "  " + line) }
    }

    /// `kubectl describe KIND [NAME...]`: the descriptions into the timeline; a name that
    /// matches nothing fails the step after the others are described, as kubectl exits 1.
    func describe(
        kind: String, names: [String], namespace: String, selector: String?, step: Step
    ) {
        let parsed = selector.flatMap(LabelSelectorText.parse)
        let outcome = KubectlDescribe.run(
            kind: kind, names: names, namespace: namespace, selector: parsed, in: cluster)
        for line in outcome.lines { say(line.isEmpty ? "" : "  " + line) }
        if outcome.lines.isEmpty, outcome.missing == nil {
            say("  No resources found in \(namespace) namespace.")
        }
        if let missing = outcome.missing { fail(missing.description, at: step) }
    }
}
