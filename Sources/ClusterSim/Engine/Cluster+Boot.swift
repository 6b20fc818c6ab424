public import KubeModel

extension Cluster {
    /// The namespaces every cluster starts with.
    public static let systemNamespaces = [
        "default", "kube-node-lease", "kube-public", "kube-system",
    ]

    /// Creates what the API server creates when it starts (the system namespaces and the
    /// `kubernetes` Service) and turns on NamespaceLifecycle admission: from now on an object
    /// in a namespace that does not exist is refused, as the API server refuses it.
    public func bootAPIServer() {
        for name in Self.systemNamespaces {
            var namespace = Namespace(metadata: ObjectMeta(name: name))
            namespace.status = NamespaceStatus(phase: .active)
            _ = try? create(namespace)
        }
        _ = try? create(Self.apiServerService)
        admitsOnlyExistingNamespaces = true
    }

    /// `default/kubernetes`: the API server's own Service, at the range's first address (its
    /// endpoints, the control plane's addresses, are not modelled).
    static var apiServerService: Service {
        var spec = ServiceSpec(
            type: .clusterIP,
            ports: [ServicePort(name: "https", port: 443, targetPort: .int(6443))])
        spec.clusterIP = ServiceAddresses.apiServerClusterIP
        let labels = ["component": "apiserver", "provider": "kubernetes"]
        return Service(
            metadata: ObjectMeta(name: "kubernetes", namespace: "default", labels: labels),
            spec: spec)
    }

    /// Creates the configured nodes, registered as their kubelets would (Ready, labelled
    /// `kubernetes.io/hostname` and `kubernetes.io/os`, allocatable = capacity unless given, a
    /// kubelet version), then the configured storage classes.
    ///
    /// Call once, after the controllers
    /// are registered, so they see every node arrive.
    public func bootNodesAndStorage() {
        let kubelet = "v\(configuration.controlPlaneVersion).0"
        for node in configuration.nodes {
            _ = try? create(node.registered(defaultKubeletVersion: kubelet))
        }
        for storageClass in configuration.storageClasses {
            _ = try? create(storageClass)
        }
    }
}

extension ObjectKey {
    /// Whether the object is the cluster's own machinery (kube-system's add-ons, the API
    /// server's `kubernetes` Service): it stays out of the timeline and the recorded events, as
    /// it stays out of `kubectl get -w` and `kubectl get events` in a lab's namespace.
    public var isClusterMachinery: Bool {
        namespace == "kube-system"
            || (kind == Service.kind && namespace == "default" && name == "kubernetes")
    }
}
