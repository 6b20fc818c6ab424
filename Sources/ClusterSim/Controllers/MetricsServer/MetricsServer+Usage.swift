import KubeModel

/// The request ledger and the scenario's fixed usage.
extension MetricsServer {
    /// Counts one request `pod` served, costing `cost` millicore × seconds of CPU.
    func recordRequest(_ pod: ObjectKey, cost: Double) {
        // In place through `values`: the optional subscript moves the ledger out and back,
        // and a siege calls this for every request.
        guard let index = ledgers.index(forKey: pod) else { return }
        ledgers.values[index].serve(cost: cost)
    }

    /// Adds (or replaces, for the same selector and namespace) a fixed usage rule; the windows
    /// in progress keep what they accrued so far at the old rate.
    func setRule(_ rule: UsageRule, in cluster: Cluster) {
        accrueAll(in: cluster)
        rules.removeAll {
            $0.selector == rule.selector && $0.namespace == rule.namespace
                && $0.container == rule.container
        }
        rules.append(rule)
        refreshSteadyUsage(in: cluster)
    }

    /// Removes the rules matching `selector` and `namespace` (nil: any).
    func removeRules(selector: LabelSelector?, namespace: String?, in cluster: Cluster) {
        accrueAll(in: cluster)
        rules.removeAll { rule in
            (selector.map { $0 == rule.selector } ?? true)
                && (namespace.map { $0 == rule.namespace } ?? true)
        }
        refreshSteadyUsage(in: cluster)
    }

    private func accrueAll(in cluster: Cluster) {
        for key in ledgers.keys {
            ledgers[key]?.accrue(until: cluster.now)
        }
    }

    private func refreshSteadyUsage(in cluster: Cluster) {
        let kubelet = cluster.kubelet
        for key in ledgers.keys {
            guard let pod = cluster.get(Pod.self, key) else { continue }
            let containers = containerUsage(
                of: pod, runtime: kubelet?.pods[key], kubelet: kubelet)
            ledgers[key]?.adopt(containers)
        }
    }
}
