import KubeModel
import LabDiagnostics

extension ScenarioCompiler {
    /// `cluster.nodeGroups[]` and `nodeGroup: {create: ...}`: sizes, bounds and version checked.
    mutating func compileNodeGroup(_ raw: NodeGroupDocument, at path: FieldPath)
        -> NodeGroupDefinition?
    {
        var valid = true
        var definition = NodeGroupDefinition(
            name: raw.name, instanceType: raw.instanceType, pods: raw.pods, min: raw.min ?? 0,
            max: 0, desired: 0, zones: raw.zones ?? [], labels: raw.labels ?? [:])
        if raw.name.isEmpty {
            error("a node group needs a name", at: path.appending("name"))
            valid = false
        }
        for (key, scalar) in [("cpu", raw.cpu), ("memory", raw.memory)] {
            guard let scalar else { continue }
            guard let quantity = Quantity(scalar.text) else {
                error(
                    "invalid quantity \"\(scalar.text)\"", at: path.appending(key),
                    hint: key == "cpu" ? "write cpu as 2 or 500m" : "write memory as 8Gi or 512Mi")
                valid = false
                continue
            }
            if key == "cpu" { definition.cpu = quantity } else { definition.memory = quantity }
        }
        if let version = raw.version {
            guard let normalized = Self.kubernetesVersion(version) else {
                versionError(version, at: path.appending("version"))
                return nil
            }
            definition.version = normalized
        }
        for (index, text) in (raw.taints ?? []).enumerated() {
            guard let taint = Self.taint(text) else {
                error(
                    "invalid taint \"\(text)\"",
                    at: path.appending("taints").appending(index: index),
                    hint: "write KEY[=VALUE]:EFFECT, as in dedicated=db:NoSchedule")
                valid = false
                continue
            }
            definition.taints.append(taint)
        }
        let desired = raw.desired ?? raw.min ?? 1
        definition.desired = desired
        definition.min = raw.min ?? Swift.min(Swift.max(desired, 0), 1)
        definition.max = raw.max ?? Swift.max(desired, definition.min)
        guard valid, checkBounds(definition.min, definition.desired, definition.max, at: path)
        else { return nil }
        return definition
    }

    /// `0 ≤ min ≤ desired ≤ max`, as EKS requires (`InvalidParameterException` otherwise).
    mutating func checkBounds(_ min: Int?, _ desired: Int?, _ max: Int?, at path: FieldPath)
        -> Bool
    {
        for (key, value) in [("min", min), ("desired", desired), ("max", max)] {
            if let value, value < 0 {
                error("\"\(key)\" must be at least 0", at: path.appending(key))
                return false
            }
        }
        if let min, let max, min > max {
            error("\"min\" (\(min)) is greater than \"max\" (\(max))", at: path.appending("min"))
            return false
        }
        if let desired, let min, desired < min {
            error(
                "\"desired\" (\(desired)) is less than \"min\" (\(min))",
                at: path.appending("desired"))
            return false
        }
        if let desired, let max, desired > max {
            error(
                "\"desired\" (\(desired)) is greater than \"max\" (\(max))",
                at: path.appending("desired"))
            return false
        }
        return true
    }

    /// `nodeGroup:` steps.
    mutating func compileNodeGroupStep(_ raw: NodeGroupStepDocument, at path: FieldPath)
        -> (String, StepAction)?
    {
        let keys = raw.presentKeys
        guard keys.count == 1, let key = keys.first else {
            error(
                keys.isEmpty
                    ? "\"nodeGroup\" needs one of create, scale, delete, upgrade"
                    : "\"nodeGroup\" takes exactly one of create, scale, delete, upgrade",
                at: keys.count > 1 ? path.appending(keys[1]) : path)
            return nil
        }
        let at = path.appending(key)
        switch key {
        case "create":
            guard let create = raw.create, let group = compileNodeGroup(create, at: at) else {
                return nil
            }
            return ("create node group \(group.name)", .nodeGroup(.create(group)))
        case "scale":
            guard let scale = raw.scale else { return nil }
            guard scale.desired != nil || scale.min != nil || scale.max != nil else {
                error(
                    "\"scale\" needs desired, min or max", at: at,
                    hint: "as in {name: blue, desired: 0, min: 0}")
                return nil
            }
            guard checkBounds(scale.min, scale.desired, scale.max, at: at) else { return nil }
            let sizes = [("desired", scale.desired), ("min", scale.min), ("max", scale.max)]
                .compactMap { key, value in value.map { "\(key) \($0)" } }
            return (
                "scale node group \(scale.name): " + sizes.joined(separator: ", "),
                .nodeGroup(
                    .scale(name: scale.name, desired: scale.desired, min: scale.min, max: scale.max)
                )
            )
        case "delete":
            guard let name = raw.delete else { return nil }
            return ("delete node group \(name)", .nodeGroup(.delete(name)))
        default:
            guard let upgrade = raw.upgrade else { return nil }
            guard let version = Self.kubernetesVersion(upgrade.version) else {
                versionError(upgrade.version, at: at.appending("version"))
                return nil
            }
            let force = upgrade.force ?? false
            return (
                "upgrade node group \(upgrade.name) to \(version)" + (force ? " (force)" : ""),
                .nodeGroup(.upgrade(name: upgrade.name, version: version, force: force))
            )
        }
    }

    /// `controlPlane: {upgrade: "1.30"}`.
    mutating func compileControlPlane(_ raw: ControlPlaneStepDocument, at path: FieldPath)
        -> (String, StepAction)?
    {
        guard let version = Self.kubernetesVersion(raw.upgrade) else {
            versionError(raw.upgrade, at: path.appending("upgrade"))
            return nil
        }
        return ("upgrade control plane to \(version)", .upgradeControlPlane(version))
    }

    mutating func versionError(_ text: String, at path: FieldPath) {
        error(
            "invalid Kubernetes version \"\(text)\" for \"\(path)\"", at: path,
            hint: "write a minor version in quotes, as in \"1.30\"")
    }

    /// `1.30`, `v1.30`, `1.30.2` → `1.30` (node groups and control planes have minor versions).
    static func kubernetesVersion(_ text: String) -> String? {
        let body = text.hasPrefix("v") ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil })
        else { return nil }
        return "\(parts[0]).\(parts[1])"
    }
}
