extension PersistentVolume {
    /// Upstream `ValidatePersistentVolumeSpec`: access modes, a storage capacity, one source.
    public func validate() -> [FieldError] {
        var errors = CommonValidation.objectMeta(
            metadata, rule: .dns1123Subdomain, namespaced: false)
        if spec.accessModes?.isEmpty ?? true {
            errors.append(.required("spec.accessModes"))
        }
        let capacity = spec.capacity ?? [:]
        if capacity.isEmpty {
            errors.append(.required("spec.capacity", hint: "give a size, e.g. \"storage: 10Gi\""))
        } else if capacity["storage"] == nil || capacity.count > 1 {
            let names = capacity.keys.sorted().joined(separator: ",")
            errors.append(.unsupported("spec.capacity", names, supported: ["storage"]))
        }
        let sources: [OpaqueValue?] = [
            spec.hostPath, spec.local, spec.csi, spec.nfs, spec.iscsi, spec.fc,
            spec.awsElasticBlockStore, spec.gcePersistentDisk, spec.azureDisk, spec.azureFile,
            spec.cephfs, spec.rbd,
        ]
        let count = sources.filter { $0 != nil }.count
        if count == 0 {
            errors.append(
                .required(
                    "spec", "must specify a volume type", hint: "add e.g. hostPath: {path: /data}"))
        } else if count > 1 {
            errors.append(.forbidden("spec", "may not specify more than 1 volume type"))
        }
        return errors
    }
}
