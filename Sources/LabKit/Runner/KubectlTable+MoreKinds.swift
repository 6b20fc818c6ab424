import ClusterSim
import KubeModel

/// The rows of `kubectl get svc|endpoints|sts|ds|pvc|pv|ns`, as the API server's table printers
/// (pkg/printers/internalversion) fill them.
extension KubectlTable {
    static func serviceRows(_ name: String?, namespace: String, wide: Bool, in cluster: Cluster)
        -> [[String]]
    {
        var rows = [["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"]]
        if wide { rows[0].append("SELECTOR") }
        for service in cluster.list(Service.self, namespace: namespace)
        where name == nil || service.metadata.name == name {
            let spec = service.spec
            let clusterIP = (spec.clusterIP ?? "").isEmpty ? "<none>" : spec.clusterIP ?? ""
            var row = [
                service.metadata.name ?? "", (spec.type ?? .clusterIP).rawValue, clusterIP,
                externalIP(of: service), ports(of: service), age(of: service, in: cluster),
            ]
            if wide { row.append(SelectorText.labels(spec.selector)) }
            rows.append(row)
        }
        return rows
    }

    /// No load balancer controller runs, so a LoadBalancer's address stays `<pending>`.
    private static func externalIP(of service: Service) -> String {
        switch service.spec.type {
        case .externalName: return service.spec.externalName ?? "<none>"
        case .loadBalancer: return "<pending>"
        default: return (service.spec.externalIPs ?? []).joined(separator: ",").ifEmpty("<none>")
        }
    }

    /// `8080/TCP`, `80:31234/TCP` with a node port.
    private static func ports(of service: Service) -> String {
        let texts = (service.spec.ports ?? []).map { port in
            let proto = (port.protocol ?? .tcp).rawValue
            guard let nodePort = port.nodePort, nodePort > 0 else { return "\(port.port)/\(proto)" }
            return "\(port.port):\(nodePort)/\(proto)"
        }
        return texts.joined(separator: ",").ifEmpty("<none>")
    }

    /// printers.go printJob: NAME, STATUS, COMPLETIONS, DURATION, AGE.
    static func jobRows(_ name: String?, namespace: String, in cluster: Cluster) -> [[String]] {
        var rows = [["NAME", "STATUS", "COMPLETIONS", "DURATION", "AGE"]]
        for job in cluster.list(Job.self, namespace: namespace)
        where name == nil || job.metadata.name == name {
            rows.append([
                job.metadata.name ?? "", job.statusColumn, job.completionsColumn,
                job.durationColumn(now: cluster.now), age(of: job, in: cluster),
            ])
        }
        return rows
    }

    /// printers.go printEndpointSlice: NAME, ADDRESSTYPE, PORTS, ENDPOINTS (three addresses,
    /// then `+ N more...`), AGE.
    static func endpointSliceRows(_ name: String?, namespace: String, in cluster: Cluster)
        -> [[String]]
    {
        var rows = [["NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"]]
        for slice in cluster.list(EndpointSlice.self, namespace: namespace)
        where name == nil || slice.metadata.name == name {
            let ports = (slice.ports ?? []).compactMap { $0.port.map(String.init) }
            let addresses = (slice.endpoints ?? []).flatMap(\.addresses)
            var shown = addresses.prefix(3).joined(separator: ",")
            if addresses.count > 3 { shown += " + \(addresses.count - 3) more..." }
            rows.append([
                slice.metadata.name ?? "", slice.addressType,
                ports.isEmpty ? "<unset>" : ports.joined(separator: ","),
                addresses.isEmpty ? "<unset>" : shown, age(of: slice, in: cluster),
            ])
        }
        return rows
    }

    static func endpointsRows(_ name: String?, namespace: String, in cluster: Cluster)
        -> [[String]]
    {
        var rows = [["NAME", "ENDPOINTS", "AGE"]]
        for endpoints in cluster.list(Endpoints.self, namespace: namespace)
        where name == nil || endpoints.metadata.name == name {
            rows.append([
                endpoints.metadata.name ?? "", EndpointsText.addresses(endpoints),
                age(of: endpoints, in: cluster),
            ])
        }
        return rows
    }

    static func statefulSetRows(
        _ name: String?, namespace: String, wide: Bool, in cluster: Cluster
    ) -> [[String]] {
        var rows = [["NAME", "READY", "AGE"]]
        if wide { rows[0] += ["CONTAINERS", "IMAGES"] }
        for set in cluster.list(StatefulSet.self, namespace: namespace)
        where name == nil || set.metadata.name == name {
            var row = [
                set.metadata.name ?? "",
                "\(set.status?.readyReplicas ?? 0)/\(set.spec.replicas ?? 1)",
                age(of: set, in: cluster),
            ]
            if wide {
                let containers = set.spec.template.spec?.containers ?? []
                row += [
                    containers.map(\.name).joined(separator: ","),
                    containers.map(\.image).joined(separator: ","),
                ]
            }
            rows.append(row)
        }
        return rows
    }

    static func daemonSetRows(
        _ name: String?, namespace: String, wide: Bool, in cluster: Cluster
    ) -> [[String]] {
        var rows = [
            [
                "NAME", "DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE", "NODE SELECTOR",
                "AGE",
            ]
        ]
        if wide { rows[0] += ["CONTAINERS", "IMAGES", "SELECTOR"] }
        for set in cluster.list(DaemonSet.self, namespace: namespace)
        where name == nil || set.metadata.name == name {
            let status = set.status
            var row = [
                set.metadata.name ?? "", String(status?.desiredNumberScheduled ?? 0),
                String(status?.currentNumberScheduled ?? 0), String(status?.numberReady ?? 0),
                String(status?.updatedNumberScheduled ?? 0), String(status?.numberAvailable ?? 0),
                SelectorText.labels(set.spec.template.spec?.nodeSelector),
                age(of: set, in: cluster),
            ]
            if wide {
                let containers = set.spec.template.spec?.containers ?? []
                row += [
                    containers.map(\.name).joined(separator: ","),
                    containers.map(\.image).joined(separator: ","),
                    SelectorText.labels(set.spec.selector.matchLabels),
                ]
            }
            rows.append(row)
        }
        return rows
    }

    static func claimRows(_ name: String?, namespace: String, wide: Bool, in cluster: Cluster)
        -> [[String]]
    {
        var rows = [
            [
                "NAME", "STATUS", "VOLUME", "CAPACITY", "ACCESS MODES", "STORAGECLASS",
                "VOLUMEATTRIBUTESCLASS", "AGE",
            ]
        ]
        if wide { rows[0].append("VOLUMEMODE") }
        for claim in cluster.list(PersistentVolumeClaim.self, namespace: namespace)
        where name == nil || claim.metadata.name == name {
            let phase = claim.status?.phase ?? .pending
            let bound = phase == .bound
            var row = [
                claim.metadata.name ?? "",
                claim.metadata.deletionTimestamp == nil ? phase.rawValue : "Terminating",
                claim.spec.volumeName ?? "",
                bound ? claim.status?.capacity?["storage"]?.description ?? "" : "",
                bound ? accessModes(claim.status?.accessModes) : "",
                claim.spec.storageClassName ?? "",
                claim.spec.volumeAttributesClassName ?? "<unset>", age(of: claim, in: cluster),
            ]
            if wide { row.append((claim.spec.volumeMode ?? .filesystem).rawValue) }
            rows.append(row)
        }
        return rows
    }

    static func volumeRows(_ name: String?, wide: Bool, in cluster: Cluster) -> [[String]] {
        var rows = [
            [
                "NAME", "CAPACITY", "ACCESS MODES", "RECLAIM POLICY", "STATUS", "CLAIM",
                "STORAGECLASS", "VOLUMEATTRIBUTESCLASS", "REASON", "AGE",
            ]
        ]
        if wide { rows[0].append("VOLUMEMODE") }
        for volume in cluster.list(PersistentVolume.self)
        where name == nil || volume.metadata.name == name {
            let spec = volume.spec
            let claim = spec.claimRef.map { "\($0.namespace ?? "")/\($0.name ?? "")" } ?? ""
            let phase = volume.status?.phase?.rawValue ?? ""
            var row = [
                volume.metadata.name ?? "", spec.capacity?["storage"]?.description ?? "",
                accessModes(spec.accessModes),
                spec.persistentVolumeReclaimPolicy?.rawValue ?? "",
                volume.metadata.deletionTimestamp == nil ? phase : "Terminating", claim,
                spec.storageClassName ?? "", "<unset>", volume.status?.reason ?? "",
                age(of: volume, in: cluster),
            ]
            if wide { row.append((spec.volumeMode ?? .filesystem).rawValue) }
            rows.append(row)
        }
        return rows
    }

    static func namespaceRows(_ name: String?, in cluster: Cluster) -> [[String]] {
        var rows = [["NAME", "STATUS", "AGE"]]
        for namespace in cluster.list(Namespace.self)
        where name == nil || namespace.metadata.name == name {
            rows.append([
                namespace.metadata.name ?? "", namespace.status?.phase?.rawValue ?? "",
                age(of: namespace, in: cluster),
            ])
        }
        return rows
    }

    /// `RWO,RWX`: kubectl's short access modes.
    static func accessModes(_ modes: [PersistentVolumeAccessMode]?) -> String {
        (modes ?? []).map { mode in
            switch mode {
            case .readWriteOnce: "RWO"
            case .readOnlyMany: "ROX"
            case .readWriteMany: "RWX"
            case .readWriteOncePod: "RWOP"
            }
        }.joined(separator: ",")
    }
}

extension String {
    fileprivate func ifEmpty(_ replacement: String) -> String {
        isEmpty ? replacement : self
    }
}

extension KubectlTable {
    /// `kubectl get events`: identical events folded into one with a count.
    ///
    /// As the event recorder folds them; listed by event name (the object's name, then when it
    /// began), with the API server's LAST SEEN `2m (x4 over 5m)`. Node events live in
    /// `default`, as upstream.
    static func eventRows(namespace: String, in cluster: Cluster) -> [[String]] {
        let folded = FoldedEvent.fold(
            cluster.events.lazy.filter {
                ($0.object.namespace.isEmpty ? "default" : $0.object.namespace) == namespace
            })
        let ordered = folded.sorted {
            ($0.event.object.name, $0.first) < ($1.event.object.name, $1.first)
        }
        var rows = [["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"]]
        for entry in ordered {
            let event = entry.event
            rows.append([
                entry.age(now: cluster.now), event.type.rawValue, event.reason,
                "\(event.object.kind.lowercased())/\(event.object.name)", event.message,
            ])
        }
        return rows
    }
}
