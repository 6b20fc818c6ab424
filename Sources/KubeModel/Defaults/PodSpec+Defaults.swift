extension PodSpec {
    /// Upstream `SetDefaults_PodSpec`: applies to pods and to pod templates alike.
    mutating func applyDefaults() {
        if restartPolicy == nil { restartPolicy = .always }
        if terminationGracePeriodSeconds == nil { terminationGracePeriodSeconds = 30 }
        if dnsPolicy == nil { dnsPolicy = .clusterFirst }
        if schedulerName == nil || schedulerName == "" { schedulerName = "default-scheduler" }
        if enableServiceLinks == nil { enableServiceLinks = true }
        // `if obj.SecurityContext == nil { obj.SecurityContext = &v1.PodSecurityContext{} }`:
        // `kubectl get -o yaml` shows `securityContext: {}` on every pod and template.
        if securityContext == nil { securityContext = .object([:]) }
        for index in containers.indices {
            containers[index].applyDefaults()
        }
        if var list = initContainers {
            for index in list.indices { list[index].applyDefaults() }
            initContainers = list
        }
        if var list = volumes {
            for index in list.indices { list[index].applyDefaults() }
            volumes = list
        }
    }

    /// Upstream `SetDefaults_Pod`: only for Pod objects, not templates.
    ///
    /// Requests come from
    /// limits; with `hostNetwork` each container port is also a host port.
    mutating func applyPodOnlyDefaults() {
        for index in containers.indices {
            containers[index].defaultRequestsFromLimits()
        }
        if var list = initContainers {
            for index in list.indices { list[index].defaultRequestsFromLimits() }
            initContainers = list
        }
        // After the containers' defaults; the API server drops the field when the
        // PodLevelResources gate is off, so defaulting it then changes nothing stored.
        defaultPodLevelRequests()
        if hostNetwork == true {
            for index in containers.indices {
                guard var ports = containers[index].ports else { continue }
                for port in ports.indices where ports[port].hostPort == nil {
                    ports[port].hostPort = ports[port].containerPort
                }
                containers[index].ports = ports
            }
        }
    }
}

extension PodTemplateSpec {
    mutating func applyDefaults() {
        spec?.applyDefaults()
    }
}
