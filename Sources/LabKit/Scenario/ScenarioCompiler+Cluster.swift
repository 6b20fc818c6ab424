import ClusterSim
import Foundation
import KubeModel
import LabDiagnostics

extension ScenarioCompiler {
    /// Three 2-CPU, 8 GiB nodes in three zones: an EKS managed node group's default shape.
    static let defaultNodes = NodeTemplate.fleet(
        count: 3, prefix: "node", zones: ["us-east-1a", "us-east-1b", "us-east-1c"])

    mutating func compileCluster(_ raw: ClusterDocument?) -> ClusterSetup {
        var setup = ClusterSetup()
        let path = base.appending("cluster")
        guard let raw else {
            setup.nodes = Self.defaultNodes
            setup.storageClasses = [Self.storageClass(name: "standard", isDefault: true)]
            return setup
        }
        setup.seed = raw.seed ?? 1
        if let version = raw.controlPlaneVersion {
            if let normalized = Self.kubernetesVersion(version) {
                setup.controlPlaneVersion = normalized
            } else {
                versionError(version, at: path.appending("controlPlaneVersion"))
            }
        }
        for (name, value) in (raw.featureGates ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let gate = FeatureGate(rawValue: name) else {
                let known = FeatureGate.allCases.map(\.rawValue)
                error(
                    "unknown feature gate \"\(name)\"", at: path.appending("featureGates"),
                    hint: "LabKit models \(known.joined(separator: ", "))")
                continue
            }
            guard !value || gate.isSimulatedWhenOn else {
                error(
                    "LabKit does not simulate what the \(name) feature gate turns on",
                    at: path.appending("featureGates"),
                    hint: "leave it off (its default): the API server then drops the field")
                continue
            }
            setup.featureGates[gate.rawValue] = value
        }
        if let nodes = raw.nodes {
            for (index, node) in nodes.enumerated() {
                setup.nodes += compileNode(
                    node, version: setup.controlPlaneVersion,
                    at: path.appending("nodes").appending(index: index))
            }
        } else if raw.nodeGroups == nil {
            setup.nodes = Self.defaultNodes.map { node in
                var node = node
                node.kubeletVersion = "v\(setup.controlPlaneVersion).0"
                return node
            }
        }
        var groupNames: Set<String> = []
        for (index, group) in (raw.nodeGroups ?? []).enumerated() {
            let at = path.appending("nodeGroups").appending(index: index)
            guard let definition = compileNodeGroup(group, at: at) else { continue }
            guard groupNames.insert(definition.name).inserted else {
                error("duplicate node group \"\(definition.name)\"", at: at.appending("name"))
                continue
            }
            setup.nodeGroups.append(definition)
        }
        if let classes = raw.storageClasses {
            setup.storageClasses = classes.enumerated().compactMap { index, raw in
                compileStorageClass(
                    raw, at: path.appending("storageClasses").appending(index: index))
            }
        } else {
            setup.storageClasses = [Self.storageClass(name: "standard", isDefault: true)]
        }
        if let images = raw.images {
            let directory = (file as NSString).deletingLastPathComponent
            setup.imageCatalog =
                images.hasPrefix("/")
                ? images : (directory as NSString).appendingPathComponent(images)
        }
        return setup
    }

    private mutating func compileNode(_ raw: NodeDocument, version: String, at path: FieldPath)
        -> [NodeTemplate]
    {
        var template = NodeTemplate(
            name: raw.name, kubeletVersion: raw.kubeletVersion ?? "v\(version).0")
        if let cpu = raw.cpu {
            guard let quantity = Quantity(cpu.text) else {
                error("invalid quantity \"\(cpu.text)\"", at: path.appending("cpu"))
                return []
            }
            template.cpu = quantity
        }
        if let memory = raw.memory {
            guard let quantity = Quantity(memory.text) else {
                error(
                    "invalid quantity \"\(memory.text)\"", at: path.appending("memory"),
                    hint: "write memory as 8Gi or 512Mi")
                return []
            }
            template.memory = quantity
        }
        template.pods = raw.pods ?? 110
        template.zone = raw.zone
        template.labels = raw.labels ?? [:]
        for (index, text) in (raw.taints ?? []).enumerated() {
            guard let taint = Self.taint(text) else {
                error(
                    "invalid taint \"\(text)\"",
                    at: path.appending("taints").appending(index: index),
                    hint: "write KEY[=VALUE]:EFFECT, as in dedicated=db:NoSchedule")
                continue
            }
            template.taints.append(taint)
        }
        guard let count = raw.count else { return [template] }
        guard count > 0 else {
            error("\"count\" must be at least 1", at: path.appending("count"))
            return []
        }
        return NodeTemplate.fleet(count: count, prefix: raw.name, size: template)
    }

    /// `key=value:NoSchedule` or `key:NoExecute`.
    static func taint(_ text: String) -> Taint? {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let effect = TaintEffect(rawValue: parts[1]) else { return nil }
        let pair = parts[0].split(separator: "=", maxSplits: 1).map(String.init)
        guard let key = pair.first, !key.isEmpty else { return nil }
        return Taint(key: key, value: pair.count == 2 ? pair[1] : nil, effect: effect)
    }

    private mutating func compileStorageClass(_ raw: StorageClassDocument, at path: FieldPath)
        -> StorageClass?
    {
        var storageClass = Self.storageClass(
            name: raw.name, isDefault: raw.isDefault ?? false,
            provisioner: raw.provisioner ?? "ebs.csi.aws.com")
        if let policy = raw.reclaimPolicy {
            guard let value = PersistentVolumeReclaimPolicy(rawValue: policy), value != .recycle
            else {
                error(
                    "unsupported value \"\(policy)\" for \"\(path.appending("reclaimPolicy"))\"",
                    at: path.appending("reclaimPolicy"),
                    hint: "supported values: \"Delete\", \"Retain\"")
                return nil
            }
            storageClass.reclaimPolicy = value
        }
        if let mode = raw.volumeBindingMode {
            guard let value = VolumeBindingMode(rawValue: mode) else {
                error(
                    "unsupported value \"\(mode)\" for \"\(path.appending("volumeBindingMode"))\"",
                    at: path.appending("volumeBindingMode"),
                    hint: "supported values: \"Immediate\", \"WaitForFirstConsumer\"")
                return nil
            }
            storageClass.volumeBindingMode = value
        }
        return storageClass
    }

    static func storageClass(
        name: String, isDefault: Bool, provisioner: String = "ebs.csi.aws.com"
    ) -> StorageClass {
        var storageClass = StorageClass(metadata: ObjectMeta(name: name), provisioner: provisioner)
        if isDefault {
            storageClass.metadata.annotations = [StorageClass.defaultClassAnnotation: "true"]
        }
        storageClass.reclaimPolicy = .delete
        storageClass.volumeBindingMode = .immediate
        return storageClass
    }
}
