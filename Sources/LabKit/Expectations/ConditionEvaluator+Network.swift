import ClusterSim
import KubeModel

extension ConditionEvaluator {
    /// What cluster DNS answers for `name`, and whether it is `answer`'s own address: a name
    /// that resolves to something else (an ExternalName Service in a namespace named like the
    /// headless Service) is not the pod's name.
    func resolves(_ name: String, namespace: String, to answer: ObjectReferenceText?)
        -> Observation
    {
        let answers = cluster.resolve(name, namespace: namespace)
        let text = answers.map(describeAddress).joined(separator: ", ")
        guard let answer else {
            return Observation(
                holds: !answers.isEmpty,
                observed: answers.isEmpty ? "\(name): NXDOMAIN" : "\(name) → \(text)",
                subjects: answers)
        }
        let expected =
            address(of: answer.key).map { "\(answer)'s address is \($0)" }
            ?? "\(answer) has no address"
        guard !answers.isEmpty else {
            return Observation(
                holds: false, observed: "\(name): NXDOMAIN; \(expected)", subjects: [answer.key])
        }
        let holds = answers == [answer.key]
        return Observation(
            holds: holds, observed: "\(name) → \(text)" + (holds ? "" : "; \(expected)"),
            subjects: answers + (holds ? [] : [answer.key]))
    }

    private func address(of key: ObjectKey) -> String? {
        switch key.kind {
        case Pod.kind: cluster.get(Pod.self, key)?.status?.podIP
        case Service.kind: cluster.get(Service.self, key)?.spec.clusterIP
        default: nil
        }
    }

    /// `pod/web-0 (10.244.1.5)`, `service/web (10.96.0.12)`, with the namespace when it is
    /// another one (`service/db-1 in namespace web`).
    private func describeAddress(_ key: ObjectKey) -> String {
        var name = "\(key.kind.lowercased())/\(key.name)"
        if !key.namespace.isEmpty, key.namespace != "default" {
            name += " in namespace \(key.namespace)"
        }
        guard let address = address(of: key), address != "None" else {
            return cluster.store.resource(key) == nil ? "\(name) (not found)" : name
        }
        return "\(name) (\(address))"
    }

    /// The ready addresses of a Service's endpoints (what kube-proxy sends traffic to).
    func endpoints(_ service: ObjectReferenceText, count: Comparison) -> Observation {
        let key = ObjectKey(kind: Endpoints.kind, namespace: service.namespace, name: service.name)
        guard cluster.store.resource(service.key) != nil else {
            return Observation(
                holds: count.holds(for: .number(0)), observed: "\(service) not found",
                subjects: [service.key])
        }
        let addresses =
            cluster.get(Endpoints.self, key)?.subsets?.flatMap { $0.addresses ?? [] } ?? []
        let names = addresses.map { address in
            address.targetRef?.name.map { "\($0) (\(address.ip))" } ?? address.ip
        }
        return Observation(
            holds: count.holds(for: .number(Double(addresses.count))),
            observed: Self.count(names, "ready address", plural: "ready addresses"),
            subjects: [service.key, key])
    }

    /// What a probe type answered in the selected pods, summed: `prober_probe_total`.
    func probes(_ query: ProbeQuery, _ results: [ProbeResult: Comparison]) -> Observation {
        let (pods, _) = matchingPods(query.pods)
        guard let kubelet = cluster.registered(Kubelet.self) else {
            return Observation(holds: false, observed: "no kubelet runs pods")
        }
        var tally = ProbeCounts.Tally()
        for pod in pods {
            guard let counts = kubelet.runtime(of: pod)?.probes[query.kind] else { continue }
            tally.successful += counts.successful
            tally.failed += counts.failed
        }
        var holds = !pods.isEmpty
        var parts: [String] = []
        for result in ProbeResult.allCases {
            guard let comparison = results[result] else { continue }
            let value = result == .successful ? tally.successful : tally.failed
            holds = holds && comparison.holds(for: .number(Double(value)))
            parts.append("\(value) \(result.rawValue)")
        }
        let withProbe = pods.filter { key in
            cluster.read(Pod.self, key) { pod in
                pod.spec.containers.contains { container in
                    switch query.kind {
                    case .startup: container.startupProbe != nil
                    case .readiness: container.readinessProbe != nil
                    case .liveness: container.livenessProbe != nil
                    }
                }
            } ?? false
        }
        if !pods.isEmpty, withProbe.isEmpty {
            return Observation(
                holds: false,
                observed:
                    "\(pods.map(\.name).joined(separator: ", ")): no \(query.kind.rawValue) probe",
                subjects: pods)
        }
        let about =
            pods.isEmpty
            ? "no pods \(query.pods.description)"
            : "\(query.kind.rawValue) probes of "
                + pods.map(\.name).joined(separator: ", ")
        return Observation(
            holds: holds, observed: "\(about): " + parts.joined(separator: ", "), subjects: pods)
    }
}
