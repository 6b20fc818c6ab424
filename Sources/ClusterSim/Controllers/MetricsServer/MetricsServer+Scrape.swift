import KubeModel

/// One scrape: close each running pod's window, turn each container's work into an average,
/// sum per pod and per node.
extension MetricsServer {
    func scrape(in cluster: Cluster) {
        let now = cluster.now
        let kubelet = cluster.kubelet
        var nextLedgers: [ObjectKey: PodUsageLedger] = [:]
        var samples: [ObjectKey: (uid: String, metrics: PodMetrics)] = [:]
        var nodeOrder: [String] = []
        var nodeTotals: [String: (cpu: Int64, memory: Int64)] = [:]
        // Read in place: a scrape looks at every pod, and copying each one was its cost.
        cluster.forEach(Pod.self) { pod in
            guard pod.status?.phase == .running, let node = pod.spec.nodeName else { return }
            let key = pod.storeKey
            let uid = pod.metadata.uid ?? ""
            let runtime = kubelet?.pods[key]
            // A container that is not running (restarting) reports nothing.
            if let runtime, runtime.stage != .running || runtime.processStart == nil { return }
            let containers = containerUsage(of: pod, runtime: runtime, kubelet: kubelet)
            guard var ledger = ledgers[key], ledger.uid == uid else {
                nextLedgers[key] = PodUsageLedger(
                    uid: uid, node: node, at: now, containers: containers)
                return
            }
            ledger.accrue(until: now)
            let window = now - ledger.windowStart
            if window.milliseconds > 0 {
                let measured = ledger.containers.map { usage in
                    var cpu = usage.work / Double(window.milliseconds)
                    if let limit = usage.cpuLimit { cpu = min(cpu, Double(limit)) }
                    return ContainerMetrics(
                        name: usage.name, cpu: Quantity(milliValue: Int64(cpu.rounded())),
                        memory: Quantity(units: usage.memoryBytes, format: .binarySI))
                }
                let metrics = PodMetrics(
                    pod: key, node: node, containers: measured, timestamp: now, window: window)
                samples[key] = (uid, metrics)
                if nodeTotals[node] == nil { nodeOrder.append(node) }
                let total = nodeTotals[node] ?? (0, 0)
                nodeTotals[node] = (
                    total.cpu + metrics.cpu.milliValue, total.memory + metrics.memory.value
                )
            }
            ledger.reset(at: now)
            ledger.node = node
            // A new window: nothing accrued yet, so the fresh rates replace the old ones.
            ledger.containers = containers
            nextLedgers[key] = ledger
        }
        ledgers = nextLedgers
        podSamples = samples
        nodeSamples = [:]
        for node in nodeOrder {
            guard let total = nodeTotals[node] else { continue }
            nodeSamples[node] = NodeMetrics(
                node: node, cpu: Quantity(milliValue: total.cpu),
                memory: Quantity(units: total.memory, format: .binarySI), timestamp: now,
                window: resolution)
        }
        scrapes += 1
    }
}
