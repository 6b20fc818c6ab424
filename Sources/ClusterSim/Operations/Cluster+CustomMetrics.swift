public import KubeModel

/// Publishing the values of custom and external metrics (a scenario's `setMetric`), as an
/// application exporting them to Prometheus and an adapter serving them would.
extension Cluster {
    /// The custom and external metrics API, once something published a metric.
    public var customMetrics: CustomMetricsAdapter? {
        registered(CustomMetricsAdapter.self)
    }

    private var adapter: CustomMetricsAdapter {
        if let existing = customMetrics { return existing }
        let adapter = CustomMetricsAdapter()
        register(adapter)
        return adapter
    }

    /// Every pod `selector` matches in `namespace` reports `value` for `metric`, from now on.
    public func publishPodMetric(
        _ metric: String, selector: LabelSelector, namespace: String = "default",
        value: Quantity
    ) {
        let adapter = self.adapter
        adapter.pods.removeAll {
            $0.metric == metric && $0.namespace == namespace && $0.selector == selector
        }
        adapter.pods.append(
            .init(
                metric: metric, namespace: namespace, selector: selector,
                milliValue: value.milliValue, since: now))
    }

    /// The object `kind/name` in `namespace` is described by `value` for `metric`.
    public func publishObjectMetric(
        _ metric: String, kind: String, name: String, namespace: String = "default",
        value: Quantity
    ) {
        let adapter = self.adapter
        adapter.objects.removeAll {
            $0.metric == metric && $0.namespace == namespace && $0.kind == kind
                && $0.objectName == name
        }
        adapter.objects.append(
            .init(
                metric: metric, namespace: namespace, kind: kind, objectName: name,
                milliValue: value.milliValue, since: now))
    }

    /// The external series `metric{labels}` has `value`.
    public func publishExternalMetric(
        _ metric: String, labels: [String: String] = [:], namespace: String = "default",
        value: Quantity
    ) {
        let adapter = self.adapter
        adapter.external.removeAll {
            $0.metric == metric && $0.namespace == namespace && $0.labels == labels
        }
        adapter.external.append(
            .init(
                metric: metric, namespace: namespace, labels: labels,
                milliValue: value.milliValue, since: now))
    }
}
