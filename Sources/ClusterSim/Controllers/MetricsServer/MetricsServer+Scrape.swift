import KubeModel

/// One scrape: close each running pod's window, turn its work into an average, sum per node.
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
            let profile = runtime?.profile
            let fixed = fixedUsage(for: pod)
            let steady = fixed.cpu.map(Double.init) ?? profile?.idleCpuMillicores ?? 0
            guard var ledger = ledgers[key], ledger.uid == uid else {
                nextLedgers[key] = PodUsageLedger(
                    uid: uid, node: node, at: now, steadyMillicores: steady,
                    countsRequests: fixed.cpu == nil)
                return
            }
            ledger.accrue(until: now)
            let window = now - ledger.windowStart
            if window.milliseconds > 0 {
                var cpu = ledger.work / Double(window.milliseconds)
                if let limit = Self.cpuLimit(of: pod) { cpu = min(cpu, Double(limit)) }
                let milli = Int64(cpu.rounded())
                let bytes = fixed.memory ?? Int64((profile?.memoryMiB ?? 0) * 1_048_576)
                let metrics = PodMetrics(
                    pod: key, node: node, cpu: Quantity(milliValue: milli),
                    memory: Quantity(units: bytes, format: .binarySI), timestamp: now,
                    window: window)
                samples[key] = (uid, metrics)
                if nodeTotals[node] == nil { nodeOrder.append(node) }
                let total = nodeTotals[node] ?? (0, 0)
                nodeTotals[node] = (total.cpu + milli, total.memory + bytes)
            }
            ledger.reset(at: now)
            ledger.node = node
            ledger.steadyMillicores = steady
            ledger.countsRequests = fixed.cpu == nil
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

    /// The CPU a pod can use at most: the sum of its containers' limits, when all have one
    /// (the kernel throttles above it).
    static func cpuLimit(of pod: Pod) -> Int64? {
        var total: Int64 = 0
        for container in pod.spec.containers {
            guard let limit = container.resources?.limits?["cpu"] else { return nil }
            total += limit.milliValue
        }
        return total
    }

    /// The scenario's fixed cpu (millicores) and memory (bytes) for `pod`; the last rule wins.
    func fixedUsage(for pod: Pod) -> (cpu: Int64?, memory: Int64?) {
        var cpu: Int64?
        var memory: Int64?
        for rule in rules where rule.applies(to: pod) {
            if let value = rule.cpuMillicores { cpu = value }
            if let value = rule.memoryBytes { memory = value }
        }
        return (cpu, memory)
    }
}
