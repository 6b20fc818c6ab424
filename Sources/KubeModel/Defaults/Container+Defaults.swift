extension Container {
    /// Upstream `SetDefaults_Container` and the probe, port and message defaults under it
    /// (pkg/apis/core/v1/defaults.go).
    mutating func applyDefaults() {
        if imagePullPolicy == nil {
            imagePullPolicy = Self.defaultPullPolicy(image: image)
        }
        if terminationMessagePath == nil {
            terminationMessagePath = "/dev/termination-log"
        }
        if terminationMessagePolicy == nil {
            terminationMessagePolicy = .file
        }
        if var list = ports {
            for index in list.indices where list[index].protocol == nil {
                list[index].protocol = .tcp
            }
            ports = list
        }
        livenessProbe?.applyDefaults()
        readinessProbe?.applyDefaults()
        startupProbe?.applyDefaults()
        if var requirements = resources {
            requirements.requests = requirements.requests.map(Self.roundedToMilli)
            requirements.limits = requirements.limits.map(Self.roundedToMilli)
            resources = requirements
        }
    }

    /// Upstream `SetDefaults_ResourceList`: every amount rounded up to milli scale
    /// (`val.RoundUp(-3)`), so `1n` of cpu is stored, and shown, as `1m`.
    static func roundedToMilli(_ list: [String: Quantity]) -> [String: Quantity] {
        list.mapValues { $0.roundedUpToMilli }
    }

    /// `Always` for `:latest` or no tag, else `IfNotPresent`; an image pinned by digest is
    /// `IfNotPresent` too.
    static func defaultPullPolicy(image: String) -> PullPolicy {
        if image.contains("@") { return .ifNotPresent }
        let lastComponent = image.split(separator: "/").last.map(String.init) ?? image
        guard let colon = lastComponent.lastIndex(of: ":") else { return .always }
        let tag = lastComponent[lastComponent.index(after: colon)...]
        return tag == "latest" ? .always : .ifNotPresent
    }

    /// Upstream `SetDefaults_Pod` copies each limit into a missing request of the same name.
    mutating func defaultRequestsFromLimits() {
        guard let limits = resources?.limits, !limits.isEmpty else { return }
        var requirements = resources ?? ResourceRequirements()
        var requests = requirements.requests ?? [:]
        for (name, limit) in limits where requests[name] == nil {
            requests[name] = limit
        }
        requirements.requests = requests
        resources = requirements
    }
}
