import ClusterSim
import KubeModel

extension ScenarioRun {
    /// Runs a kubectl command as kubectl would: the same reads and writes to the API server.
    func kubectl(_ command: KubectlCommand, step: Step) {
        do throws(APIError) {
            switch command {
            case .apply(let paths):
                apply(.paths(paths), step: step)
            case .scale(let target, let replicas):
                try scale(target, replicas: replicas)
                say("  \(target.kubectlText) scaled", about: target.key)
            case .setImage(let target, let images):
                try setImage(target, images: images)
                say("  \(target.kubectlText) image updated", about: target.key)
            case .rolloutStatus(let target, let timeout):
                rolloutStatus(target, timeout: timeout, step: step)
            case .rolloutUndo(let target, let revision):
                try requireDeployment(target)
                let outcome = try cluster.rolloutUndo(
                    deployment: target.name, namespace: target.namespace,
                    toRevision: revision ?? 0)
                say("  \(outcome)", about: target.key)
            case .rolloutHistory(let target):
                try requireDeployment(target)
                let revisions = try cluster.rolloutHistory(
                    deployment: target.name, namespace: target.namespace)
                say("  \(target.kubectlText)")
                say("  REVISION  CHANGE-CAUSE")
                for revision in revisions {
                    let number = String(revision.revision).padding(toLength: 10)
                    say("  \(number)\(revision.changeCause ?? "<none>")")
                }
            case .expose(let target, let port, let targetPort, let name, let type):
                try expose(target, port: port, targetPort: targetPort, name: name, type: type)
                say("  service/\(name ?? target.name) exposed")
            case .delete(.files(let paths), let cascade, let wait):
                guard let objects = objects(inFiles: paths, step: step) else { return }
                delete(objects, cascade: cascade, wait: wait, step: step)
            case .delete(let what, let cascade, let wait):
                delete(objects(in: what), cascade: cascade, wait: wait, step: step)
            case .label(let target, let changes, let overwrite):
                try label(target, changes: changes, overwrite: overwrite)
                say("  \(target.kubectlText) labeled", about: target.key)
            case .autoscale(let target, let cpuPercent, let min, let max):
                try autoscale(target, cpuPercent: cpuPercent, min: min, max: max)
                say("  horizontalpodautoscaler.autoscaling/\(target.name) autoscaled")
            case .cordon(let node):
                try setSchedulable(node, false)
            case .uncordon(let node):
                try setSchedulable(node, true)
            case .drain(let node, let options):
                drain([node], options: options, step: step)
            case .drainNodes(let nodes, let options):
                drain(nodes, options: options, step: step)
            case .cordonNodes(let nodes, let cordon):
                try setSchedulable(nodes, !cordon)
            case .cordonSelected(let selector, let cordon):
                try setSchedulable(nodes(selectedBy: selector), !cordon)
            case .drainSelected(let selector, let options):
                drain(nodes(selectedBy: selector), options: options, step: step)
            case .top(let target, let selector, let namespace):
                top(target, selector: selector, namespace: namespace, step: step)
            case .get(let kind, let name, let namespace, let wide):
                get(kind: kind, name: name, namespace: namespace, wide: wide, step: step)
            case .describe(let kind, let names, let namespace, let selector):
                describe(
                    kind: kind, names: names, namespace: namespace, selector: selector, step: step)
            case .execSiege(let pod, let namespace, let load):
                // As in the course's second terminal: siege runs while the next steps do.
                guard let found = cluster.get(Pod.self, pod, namespace: namespace) else {
                    throw APIError.notFound(Pod.resourceName, pod)
                }
                guard found.status?.phase == .running else {
                    fail("unable to upgrade connection: container not found (\"\(pod)\")", at: step)
                    return
                }
                startLoad(load, step: step)
            }
        } catch {
            fail(error.description, at: step)
        }
    }

    /// kubectl's rollout history and undo in LabKit cover Deployments only.
    private func requireDeployment(_ target: ObjectReferenceText) throws(APIError) {
        guard target.kind == Deployment.kind else {
            throw APIError(
                code: 400, reason: .invalid,
                message: "no rollout history for \(target.kind.lowercased()) (only deployments)")
        }
    }

    private func objects(in target: KubectlCommand.DeleteTarget) -> [ObjectReferenceText] {
        switch target {
        case .objects(let objects):
            return objects
        case .files:
            return []
        case .all(let kinds, let namespace):
            return kinds.flatMap { kind in
                guard let type = Cluster.storedKind(named: kind) else {
                    return [ObjectReferenceText]()
                }
                return keys(of: type, namespace: namespace).map {
                    ObjectReferenceText(kind: kind, name: $0.name, namespace: namespace)
                }
            }
        }
    }

    private func keys<T: StoredKind>(of type: T.Type, namespace: String) -> [ObjectKey] {
        cluster.list(type, namespace: namespace).map(\.storeKey)
    }

    /// `kubectl scale`: the cluster's scale operation; kinds without a scale subresource get
    /// kubectl's refusal.
    private func scale(_ target: ObjectReferenceText, replicas: Int) throws(APIError) {
        guard RolloutKind(kubectlName: target.kind) != nil else {
            throw APIError(
                code: 404, reason: .notFound,
                message: "the server could not find the requested resource (scale \(target))")
        }
        _ = try cluster.scale(
            kind: target.kind, name: target.name, namespace: target.namespace, replicas: replicas)
    }

    /// `kubectl set image`: the cluster's operation, every pair in one write.
    private func setImage(
        _ target: ObjectReferenceText, images: [KubectlCommand.ContainerImage]
    ) throws(APIError) {
        guard RolloutKind(kubectlName: target.kind) != nil else {
            throw APIError(
                code: 400, reason: .invalid, message: "cannot set image of \(target.kind)")
        }
        _ = try cluster.setImage(
            kind: target.kind, name: target.name, namespace: target.namespace,
            images: images.map { ($0.container, $0.image) })
    }

    private func rolloutStatus(
        _ target: ObjectReferenceText, timeout: ScenarioDuration?, step: Step
    ) {
        let check = RolloutCheck(cluster: cluster)
        var last = ""
        let limit = timeout?.time ?? .seconds(600)
        let held = runClock(
            until: {
                let observation = check.status(target)
                if observation.observed != last, !observation.holds {
                    last = observation.observed
                    self.say("  " + observation.observed, about: target.key)
                }
                return observation.holds || observation.observed.contains("exceeded its progress")
            }, timeout: limit)
        let final = check.status(target)
        if held, final.holds {
            say("  " + final.observed, about: target.key)
        } else {
            fail(
                held ? "error: \(final.observed)" : "error: timed out waiting for the condition",
                at: step)
        }
    }

    private func expose(
        _ target: ObjectReferenceText, port: Int, targetPort: IntOrString?, name: String?,
        type: String?
    ) throws(APIError) {
        guard let resource = cluster.store.resource(target.key) else {
            let resourceName = Cluster.storedKind(named: target.kind)?.resourceName ?? target.kind
            throw APIError.notFound(resourceName, target.name)
        }
        let selector: [String: String]?
        switch resource {
        case .service(let service): selector = service.spec.selector
        case .pod(let pod): selector = pod.metadata.labels
        default: selector = resource.selector?.matchLabels ?? resource.podTemplate?.metadata?.labels
        }
        guard let selector, !selector.isEmpty else {
            throw APIError(
                code: 400, reason: .invalid,
                message: "couldn't retrieve selectors via --selector flag or introspection")
        }
        var spec = ServiceSpec()
        spec.selector = selector
        spec.ports = [ServicePort(port: port, targetPort: targetPort ?? .int(port))]
        if let type { spec.type = ServiceType(rawValue: type) }
        let service = Service(
            metadata: ObjectMeta(
                name: name ?? target.name, namespace: target.namespace,
                labels: resource.metadata.labels),
            spec: spec)
        try cluster.create(service)
    }

    private func label(
        _ target: ObjectReferenceText, changes: [KubectlCommand.LabelChange], overwrite: Bool
    ) throws(APIError) {
        guard let type = Cluster.storedKind(named: target.kind) else {
            throw APIError(code: 404, reason: .notFound, message: "unknown kind \(target.kind)")
        }
        try label(type, target.key, changes: changes, overwrite: overwrite)
    }

    private func label<T: StoredKind>(
        _ type: T.Type, _ key: ObjectKey, changes: [KubectlCommand.LabelChange], overwrite: Bool
    ) throws(APIError) {
        guard let object = cluster.get(type, key) else {
            throw APIError.notFound(T.resourceName, key.name)
        }
        var labels = object.metadata.labels ?? [:]
        for change in changes {
            if let value = change.value {
                if let old = labels[change.key], old != value, !overwrite {
                    throw APIError(
                        code: 400, reason: .invalid,
                        message: "'\(change.key)' already has a value (\(old)), and --overwrite "
                            + "is false")
                }
                labels[change.key] = value
            } else {
                labels[change.key] = nil
            }
        }
        try cluster.modify(type, key) { $0.metadata.labels = labels.isEmpty ? nil : labels }
    }

    private func autoscale(
        _ target: ObjectReferenceText, cpuPercent: Int?, min: Int?, max: Int
    ) throws(APIError) {
        guard cluster.store.resource(target.key) != nil else {
            let resourceName = Cluster.storedKind(named: target.kind)?.resourceName ?? target.kind
            throw APIError.notFound(resourceName, target.name)
        }
        let metric = MetricSpec(
            type: .resource,
            resource: ResourceMetricSource(
                name: "cpu",
                target: MetricTarget(type: .utilization, averageUtilization: cpuPercent ?? 80)))
        let apiVersion =
            target.kind == StatefulSet.kind || target.kind == Deployment.kind
            ? "apps/v1" : "v1"
        let autoscaler = HorizontalPodAutoscaler(
            metadata: ObjectMeta(name: target.name, namespace: target.namespace),
            spec: HorizontalPodAutoscalerSpec(
                scaleTargetRef: CrossVersionObjectReference(
                    kind: target.kind, name: target.name, apiVersion: apiVersion),
                minReplicas: min, maxReplicas: max, metrics: [metric]))
        try cluster.create(autoscaler)
    }
}

extension ObjectReferenceText {
    /// `deployment.apps/order`, as kubectl prints it after a change.
    var kubectlText: String {
        (Cluster.storedKind(named: kind)?.kubectlName ?? kind.lowercased()) + "/\(name)"
    }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        self + String(repeating: " ", count: max(0, length - count))
    }
}
