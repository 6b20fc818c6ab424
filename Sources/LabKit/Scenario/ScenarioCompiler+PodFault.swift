import ClusterSim
import KubeModel

extension ScenarioCompiler {
    /// `breakPod: {pod | of, namespace, path, crash, after}` and
    /// `healPod: {pod | of, namespace, path, after}`.
    mutating func compilePodFault(_ raw: PodFaultDocument, heal: Bool, at path: FieldPath)
        -> (String, StepAction)?
    {
        let key = heal ? "healPod" : "breakPod"
        let namespace = raw.namespace ?? "default"
        var owner: ObjectReferenceText?
        switch (raw.pod, raw.of) {
        case (let name?, nil):
            let bare = name.hasPrefix("pod/") ? String(name.dropFirst(4)) : name
            guard !bare.isEmpty, !bare.contains("/") else {
                error(
                    "expected a pod name, such as \"web-0\", found \"\(name)\"",
                    at: path.appending("pod"),
                    hint: "to pick a pod of a workload, write of: deployment/order")
                return nil
            }
        case (nil, let text?):
            guard let reference = reference(text, namespace: namespace, at: path.appending("of"))
            else { return nil }
            owner = reference
        default:
            error(
                "\"\(key)\" takes either \"pod\" or \"of\"", at: path,
                hint: "pod: web-0 names the pod; of: deployment/order picks its oldest pod")
            return nil
        }
        if let text = raw.path, !text.hasPrefix("/") {
            error(
                "invalid path \"\(text)\": a path starts with \"/\"", at: path.appending("path"),
                hint: "write path: /\(text)")
            return nil
        }
        let change: PodFault.Change
        if raw.crash == true {
            guard !heal else {
                error(
                    "\"healPod\" has no \"crash\"", at: path.appending("crash"),
                    hint: "a crashed container is restarted by the kubelet; remove crash")
                return nil
            }
            guard raw.path == nil else {
                error(
                    "\"crash\" and \"path\" cannot be used together", at: path.appending("crash"),
                    hint: "crash: true stops the whole process; path: breaks one path")
                return nil
            }
            change = .crash
        } else {
            change = heal ? .heal(raw.path) : .breakPath(raw.path)
        }
        if let after = raw.after, after.time <= .zero {
            error(
                "\"after\" must be longer than 0s", at: path.appending("after"),
                hint: "leave \"after\" out for a fault at once")
            return nil
        }
        let fault = PodFault(
            pod: raw.pod.map { $0.hasPrefix("pod/") ? String($0.dropFirst(4)) : $0 },
            owner: owner, namespace: namespace, change: change, after: raw.after)
        return (Self.summary(fault), .podFault(fault))
    }

    /// `break pod/web-0 path /orders after 30s`, `crash one pod of deployment/order`.
    static func summary(_ fault: PodFault) -> String {
        let target =
            fault.pod.map { "pod/\($0)" } ?? "the oldest pod of \(fault.owner?.description ?? "")"
        var text: String
        switch fault.change {
        case .breakPath(let path?): text = "break \(path) of \(target)"
        case .breakPath(nil): text = "hang the application of \(target)"
        case .crash: text = "crash the application of \(target)"
        case .heal(let path?): text = "heal \(path) of \(target)"
        case .heal(nil): text = "heal the application of \(target)"
        }
        if let after = fault.after { text += " after \(after.text)" }
        return text
    }
}
