extension Probe {
    /// Upstream `SetDefaults_Probe` and `SetDefaults_HTTPGetAction`.
    mutating func applyDefaults() {
        if timeoutSeconds == nil { timeoutSeconds = 1 }
        if periodSeconds == nil { periodSeconds = 10 }
        if successThreshold == nil { successThreshold = 1 }
        if failureThreshold == nil { failureThreshold = 3 }
        if initialDelaySeconds == nil { initialDelaySeconds = 0 }
        if var action = httpGet {
            if action.path == nil || action.path == "" { action.path = "/" }
            if action.scheme == nil { action.scheme = .http }
            httpGet = action
        }
    }
}
