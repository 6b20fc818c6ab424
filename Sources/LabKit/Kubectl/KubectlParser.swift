import KubeModel

/// Parses the kubectl commands the course uses, with kubectl's error wording.
///
/// `kubectl` in front is optional; `-n NS` / `--namespace=NS` applies to every command.
public struct KubectlParser: Sendable {
    public init() {}

    /// The commands understood, for "did you mean" and the documentation.
    public static let commands = [
        "apply", "scale", "set", "rollout", "expose", "delete", "label", "autoscale", "cordon",
        "uncordon", "drain", "top", "get", "describe", "exec",
    ]

    public func parse(_ line: String) -> Result<KubectlCommand, KubectlParseError> {
        guard var words = KubectlTokenizer.split(line) else {
            return .failure(KubectlParseError("unterminated quote in \"\(line)\""))
        }
        if words.first == "kubectl" { words.removeFirst() }
        guard let verb = words.first else {
            return .failure(KubectlParseError("empty command", hint: "write a kubectl command"))
        }
        do {
            if verb == "exec" { return .success(try parseExec(Array(words.dropFirst()))) }
            var arguments = try KubectlArguments(Array(words.dropFirst()))
            let command = try parse(verb, &arguments)
            try arguments.finish()
            return .success(command)
        } catch {
            return .failure(error)
        }
    }

    private func parse(
        _ verb: String, _ arguments: inout KubectlArguments
    ) throws(KubectlParseError) -> KubectlCommand {
        switch verb {
        case "apply":
            let paths = arguments.values("f") + arguments.values("filename")
            guard !paths.isEmpty else {
                throw KubectlParseError(
                    "must specify one of -f and -k", hint: "write \"apply -f FILE\"")
            }
            return .apply(paths: paths)
        case "scale":
            let target = try arguments.object(verb)
            guard let text = arguments.value("replicas") else {
                throw KubectlParseError("required flag(s) \"replicas\" not set")
            }
            guard let replicas = Int(text), replicas >= 0 else {
                throw KubectlParseError("invalid argument \"\(text)\" for \"--replicas\" flag")
            }
            return .scale(target, replicas: replicas)
        case "set":
            return try parseSet(&arguments)
        case "rollout":
            return try parseRollout(&arguments)
        case "expose":
            return try parseExpose(&arguments)
        case "delete":
            return try parseDelete(&arguments)
        case "label":
            return try parseLabel(&arguments)
        case "autoscale":
            return try parseAutoscale(&arguments)
        case "cordon", "uncordon", "drain":
            return try parseNode(verb, &arguments)
        case "top":
            return try parseTop(&arguments)
        case "get":
            return try parseGet(&arguments)
        case "describe":
            return try parseDescribe(&arguments)
        default:
            let near = Self.commands.closest(to: verb)
            throw KubectlParseError(
                "unknown command \"\(verb)\" for \"kubectl\"",
                hint: near.map { "did you mean \"\($0)\"?" }
                    ?? "supported: \(Self.commands.joined(separator: ", "))")
        }
    }

    private func parseSet(_ arguments: inout KubectlArguments) throws(KubectlParseError)
        -> KubectlCommand
    {
        guard arguments.positional.first == "image" else {
            throw KubectlParseError(
                "unknown command \"set \(arguments.positional.first ?? "")\"",
                hint: "only \"set image\" is supported")
        }
        arguments.positional.removeFirst()
        let target = try arguments.object("set image")
        guard !arguments.positional.isEmpty else {
            throw KubectlParseError(
                "at least one image update is required",
                hint: "write CONTAINER=IMAGE after the object")
        }
        var images: [KubectlCommand.ContainerImage] = []
        for pair in arguments.positional {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw KubectlParseError(
                    "invalid image update \"\(pair)\"", hint: "write CONTAINER=IMAGE")
            }
            images.append(.init(container: parts[0], image: parts[1]))
        }
        arguments.positional = []
        return .setImage(target, images: images)
    }

    private func parseRollout(_ arguments: inout KubectlArguments) throws(KubectlParseError)
        -> KubectlCommand
    {
        let sub = arguments.positional.first ?? ""
        guard ["status", "undo", "history"].contains(sub) else {
            throw KubectlParseError(
                "unknown command \"rollout \(sub)\"", hint: "use rollout status, undo or history")
        }
        arguments.positional.removeFirst()
        let target = try arguments.object("rollout \(sub)")
        switch sub {
        case "status":
            var timeout: ScenarioDuration?
            if let text = arguments.value("timeout") {
                guard let parsed = ScenarioDuration(parsing: text) else {
                    throw KubectlParseError("invalid argument \"\(text)\" for \"--timeout\" flag")
                }
                timeout = parsed
            }
            return .rolloutStatus(target, timeout: timeout)
        case "undo":
            return .rolloutUndo(target, toRevision: try arguments.integer("to-revision"))
        default:
            return .rolloutHistory(target)
        }
    }

    private func parseExpose(_ arguments: inout KubectlArguments) throws(KubectlParseError)
        -> KubectlCommand
    {
        let target = try arguments.object("expose")
        guard let port = try arguments.integer("port") else {
            throw KubectlParseError(
                "couldn't find port via --port flag or introspection",
                hint: "add --port=PORT")
        }
        let targetPort = arguments.value("target-port").map { text in
            Int(text).map(IntOrString.int) ?? .string(text)
        }
        return .expose(
            target, port: port, targetPort: targetPort, name: arguments.value("name"),
            type: arguments.value("type"))
    }

    /// `exec [-it] POD [-c CONTAINER] -- siege ...`: only siege runs, as the course uses it.
    private func parseExec(_ words: [String]) throws(KubectlParseError) -> KubectlCommand {
        let example = "exec -it siege -- siege -c20 -t40S http://order:8080/orders"
        guard let dash = words.firstIndex(of: "--") else {
            throw KubectlParseError("exec needs a command after --", hint: "write \(example)")
        }
        var arguments = try KubectlArguments(Array(words[..<dash]))
        for flag in ["i", "t", "it", "ti", "stdin", "tty"] { _ = arguments.flag(flag) }
        _ = arguments.value("c") ?? arguments.value("container")
        guard let word = arguments.positional.first else {
            throw KubectlParseError("pod name required", hint: "write \(example)")
        }
        arguments.positional.removeFirst()
        try arguments.finish()
        let pod = word.hasPrefix("pod/") ? String(word.dropFirst(4)) : word
        let command = Array(words[(dash + 1)...])
        guard !command.isEmpty else {
            throw KubectlParseError(
                "you must specify at least one command for the container",
                hint: "write \(example)")
        }
        switch command.first {
        case "siege":
            let load = try SiegeCommand.parse(
                Array(command.dropFirst()), pod: pod, namespace: arguments.namespace)
            return .execSiege(pod: pod, namespace: arguments.namespace, load: load)
        case "/bin/bash", "bash", "/bin/sh", "sh":
            throw KubectlParseError(
                "an interactive shell is not simulated", hint: "run siege directly: \(example)")
        default:
            throw KubectlParseError(
                "only siege runs in a simulated exec, not \"\(command[0])\"",
                hint: "write \(example)")
        }
    }

    private func parseDelete(_ arguments: inout KubectlArguments) throws(KubectlParseError)
        -> KubectlCommand
    {
        let cascade = arguments.value("cascade") ?? "background"
        guard ["background", "foreground", "orphan", "true", "false"].contains(cascade) else {
            throw KubectlParseError(
                "invalid cascade value (\(cascade)). Must be \"background\", \"foreground\", "
                    + "or \"orphan\"")
        }
        let propagation = cascade == "true" ? "background" : cascade == "false" ? "orphan" : cascade
        let wait = arguments.value("wait").map { $0 == "true" } ?? true
        let files = arguments.values("f") + arguments.values("filename")
        if !files.isEmpty {
            return .delete(.files(files), cascade: propagation, wait: wait)
        }
        if arguments.flag("all") {
            // Every comma-separated word naming a kind (seed 001 writes "deploy order,hpa").
            let words = arguments.positional.flatMap { $0.split(separator: ",").map(String.init) }
            arguments.positional = []
            let names = words.compactMap(KindNames.kind(for:))
            guard !names.isEmpty else {
                throw KubectlParseError("you must specify the type of resource to delete")
            }
            return .delete(
                .all(kinds: names, namespace: arguments.namespace), cascade: propagation,
                wait: wait)
        }
        var targets: [ObjectReferenceText] = []
        while !arguments.positional.isEmpty {
            targets.append(try arguments.object("delete"))
        }
        guard !targets.isEmpty else {
            throw KubectlParseError("you must specify the type of resource to delete")
        }
        return .delete(.objects(targets), cascade: propagation, wait: wait)
    }

    private func parseLabel(_ arguments: inout KubectlArguments) throws(KubectlParseError)
        -> KubectlCommand
    {
        let target = try arguments.object("label")
        var changes: [KubectlCommand.LabelChange] = []
        for word in arguments.positional {
            if word.hasSuffix("-"), !word.contains("=") {
                changes.append(.init(key: String(word.dropLast()), value: nil))
                continue
            }
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw KubectlParseError("invalid label spec: \(word)")
            }
            changes.append(.init(key: String(parts[0]), value: String(parts[1])))
        }
        arguments.positional = []
        guard !changes.isEmpty else {
            throw KubectlParseError("at least one label update is required")
        }
        return .label(target, set: changes, overwrite: arguments.flag("overwrite"))
    }

    private func parseAutoscale(_ arguments: inout KubectlArguments) throws(KubectlParseError)
        -> KubectlCommand
    {
        let target = try arguments.object("autoscale")
        guard let max = try arguments.integer("max") else {
            throw KubectlParseError("required flag(s) \"max\" not set")
        }
        return .autoscale(
            target, cpuPercent: try arguments.integer("cpu-percent"),
            min: try arguments.integer("min"), max: max)
    }

    private func parseNode(_ verb: String, _ arguments: inout KubectlArguments)
        throws(KubectlParseError) -> KubectlCommand
    {
        let selector = arguments.value("selector") ?? arguments.value("l")
        if let selector {
            guard arguments.positional.isEmpty else {
                // cmd/drain/drain.go Complete (cordon, uncordon and drain alike).
                throw KubectlParseError(
                    "error: cannot specify both a node name and a --selector option")
            }
            guard LabelSelectorText.parse(selector) != nil else {
                throw KubectlParseError("invalid selector \"\(selector)\"")
            }
        } else if arguments.positional.isEmpty {
            // cmd/drain/drain.go Complete: UsageErrorf.
            throw KubectlParseError(
                "USAGE: \(verb) NODE [flags]",
                hint: "name one or more nodes, or select them with -l KEY=VALUE")
        }
        let names = arguments.positional.map {
            $0.hasPrefix("node/") ? String($0.dropFirst(5)) : $0
        }
        arguments.positional = []
        switch verb {
        case "cordon", "uncordon":
            let cordon = verb == "cordon"
            if let selector { return .cordonSelected(selector, cordon: cordon) }
            if names.count > 1 { return .cordonNodes(names, cordon: cordon) }
            return cordon ? .cordon(names[0]) : .uncordon(names[0])
        default:
            let options = try drainOptions(&arguments)
            if let selector { return .drainSelected(selector, options: options) }
            if names.count > 1 { return .drainNodes(names, options: options) }
            return .drain(names[0], options: options)
        }
    }

    /// `kubectl drain`'s flags (cmd/drain/drain.go `NewCmdDrain`).
    private func drainOptions(_ arguments: inout KubectlArguments) throws(KubectlParseError)
        -> KubectlCommand.DrainOptions
    {
        var options = KubectlCommand.DrainOptions()
        options.ignoreDaemonSets = arguments.flag("ignore-daemonsets")
        options.deleteEmptyDirData = arguments.flag("delete-emptydir-data")
        if arguments.has("delete-local-data") {
            // Both flags set the same field; cobra warns on stderr about the deprecated one.
            options.deleteEmptyDirData =
                arguments.flag("delete-local-data")
                || options.deleteEmptyDirData
            options.warnings.append(
                "Flag --delete-local-data has been deprecated, This option is deprecated and "
                    + "will be deleted. Use --delete-emptydir-data.")
        }
        options.force = arguments.flag("force")
        if let text = arguments.value("timeout") {
            guard let timeout = ScenarioDuration(parsing: text) else {
                throw KubectlParseError("invalid argument \"\(text)\" for \"--timeout\" flag")
            }
            options.timeout = timeout
        }
        if let seconds = try arguments.integer("grace-period"), seconds >= 0 {
            options.gracePeriodSeconds = seconds
        }
        options.disableEviction = arguments.flag("disable-eviction")
        options.skipWaitForDeleteTimeoutSeconds =
            try arguments.integer("skip-wait-for-delete-timeout") ?? 0
        return options
    }

    private func parseTop(_ arguments: inout KubectlArguments) throws(KubectlParseError)
        -> KubectlCommand
    {
        let word = arguments.positional.first ?? ""
        var target: KubectlCommand.TopTarget
        switch word {
        case "pods", "pod", "po": target = .pods
        case "nodes", "node", "no": target = .nodes
        default:
            throw KubectlParseError(
                "unknown command \"top \(word)\"", hint: "use top pods or top nodes")
        }
        arguments.positional.removeFirst()
        let selector = arguments.value("selector") ?? arguments.value("l")
        if target == .nodes, selector != nil {
            throw KubectlParseError("unknown flag: --selector", hint: "top nodes lists every node")
        }
        if arguments.flag("containers") {
            guard target == .pods else {
                throw KubectlParseError(
                    "unknown flag: --containers", hint: "top pods --containers lists containers")
            }
            target = .containers
        }
        return .top(target, selector: selector, namespace: arguments.namespace)
    }

    private func parseGet(_ arguments: inout KubectlArguments) throws(KubectlParseError)
        -> KubectlCommand
    {
        guard let word = arguments.positional.first else {
            throw KubectlParseError(
                "you must specify the type of resource to get", hint: "write get hpa")
        }
        arguments.positional.removeFirst()
        var type = word
        var name: String?
        if word.contains("/") {
            let parts = word.split(separator: "/", maxSplits: 1).map(String.init)
            type = parts.first ?? ""
            name = parts.count == 2 ? parts[1] : nil
        } else if !arguments.positional.isEmpty {
            name = arguments.positional.removeFirst()
        }
        let output = arguments.value("o") ?? arguments.value("output")
        guard output == nil || output == "wide" else {
            throw KubectlParseError(
                "output format \"\(output ?? "")\" is not supported", hint: "supported: -o wide")
        }
        if type == "all", name == nil {
            return .get(kind: "all", name: nil, namespace: arguments.namespace, wide: output != nil)
        }
        if ["events", "event", "ev"].contains(type), name == nil {
            return .get(kind: "Event", name: nil, namespace: arguments.namespace)
        }
        guard let kind = KindNames.kind(for: type) else {
            throw KubectlParseError.unknownResource(type)
        }
        let tables = [
            "HorizontalPodAutoscaler", "PodDisruptionBudget", "Node", "Pod", "Deployment",
            "ReplicaSet", "StatefulSet", "Service", "Endpoints", "PersistentVolumeClaim",
            "PersistentVolume", "Namespace", "DaemonSet", "Job", "EndpointSlice",
        ]
        guard tables.contains(kind) else {
            throw KubectlParseError(
                "get \(type) is not supported",
                hint: "supported: get all, pods, deployments, rs, sts, ds, svc, endpoints, pvc, "
                    + "pv, hpa, pdb, nodes, namespaces, events")
        }
        return .get(kind: kind, name: name, namespace: arguments.namespace, wide: output != nil)
    }

    private func parseDescribe(_ arguments: inout KubectlArguments) throws(KubectlParseError)
        -> KubectlCommand
    {
        guard let word = arguments.positional.first else {
            throw KubectlParseError(
                "You must specify the type of resource to describe.",
                hint: "write describe pods, or describe deployment/NAME")
        }
        arguments.positional.removeFirst()
        var type = word
        var names: [String] = []
        if let slash = word.firstIndex(of: "/") {
            type = String(word[..<slash])
            names = [String(word[word.index(after: slash)...])]
        } else {
            names = arguments.positional
            arguments.positional.removeAll()
        }
        guard let kind = KindNames.kind(for: type) else {
            throw KubectlParseError.unknownResource(type)
        }
        guard KubectlDescribe.kinds.contains(kind) else {
            throw KubectlParseError(
                "describe \(type) is not supported",
                hint: "supported: describe pods, deployments, rs, sts, services, hpa, pdb, pvc")
        }
        let selector = arguments.value("l") ?? arguments.value("selector")
        if let selector, LabelSelectorText.parse(selector) == nil {
            throw KubectlParseError("unable to parse requirement: \"\(selector)\"")
        }
        if !names.isEmpty, selector != nil {
            throw KubectlParseError(
                "name cannot be provided when a selector is specified",
                hint: "write describe pods -l \(selector ?? "")")
        }
        return .describe(
            kind: kind, names: names, namespace: arguments.namespace, selector: selector)
    }
}
