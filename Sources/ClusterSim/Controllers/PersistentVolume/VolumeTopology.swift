import KubeModel

/// Where volumes live: zones of nodes, and whether a volume's node affinity admits a node.
enum VolumeTopology {
    static func zone(of node: Node) -> String? {
        node.metadata.labels?[StorageAnnotations.zoneLabel]
    }

    /// The zones of the cluster's nodes, in node creation order, each once.
    static func zones(in cluster: Cluster) -> [String] {
        var zones: [String] = []
        for node in cluster.list(Node.self) {
            if let zone = zone(of: node), !zones.contains(zone) { zones.append(zone) }
        }
        return zones
    }

    /// A required node selector against a node: labels, and the `metadata.name` field.
    static func matches(_ selector: NodeSelector, node: Node) -> Bool {
        let labels = node.metadata.labels ?? [:]
        let fields = ["metadata.name": node.metadata.name ?? ""]
        return selector.nodeSelectorTerms.contains { term in
            let expressions = term.matchExpressions ?? []
            let fieldRequirements = term.matchFields ?? []
            guard !expressions.isEmpty || !fieldRequirements.isEmpty else { return false }
            return expressions.allSatisfy { $0.matches(labels) }
                && fieldRequirements.allSatisfy { $0.matches(fields) }
        }
    }

    /// `nodeAffinity` pinning a volume to one zone.
    static func affinity(zone: String) -> VolumeNodeAffinity {
        let requirement = NodeSelectorRequirement(
            key: StorageAnnotations.zoneLabel, operator: .in, values: [zone])
        return VolumeNodeAffinity(
            required: NodeSelector(nodeSelectorTerms: [
                NodeSelectorTerm(matchExpressions: [requirement])
            ]))
    }
}
