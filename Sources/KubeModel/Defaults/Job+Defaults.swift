extension Job {
    /// Upstream batch/v1 `SetDefaults_Job`: one completion and one pod at a time when neither
    /// is set, parallelism 1, backoffLimit 6, NonIndexed, not suspended; the template's pod
    /// defaults (a `restartPolicy` left out becomes Always, which validation then refuses).
    public mutating func applyDefaults() {
        metadata.applyDefaults(namespaced: true)
        var spec = self.spec
        if spec.completions == nil, spec.parallelism == nil {
            spec.completions = 1
            spec.parallelism = 1
        }
        if spec.parallelism == nil { spec.parallelism = 1 }
        if spec.backoffLimit == nil { spec.backoffLimit = 6 }
        if spec.completionMode == nil { spec.completionMode = .nonIndexed }
        if spec.suspend == nil { spec.suspend = false }
        if spec.manualSelector == nil { spec.manualSelector = false }
        spec.template.applyDefaults()
        self.spec = spec
    }
}
