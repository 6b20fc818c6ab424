extension Endpoints {
    /// Upstream `ValidateEndpoints`, reduced to the address and port basics.
    public func validate() -> [FieldError] {
        var errors = CommonValidation.objectMeta(
            metadata, rule: .dns1123Subdomain, namespaced: true)
        for (index, subset) in (subsets ?? []).enumerated() {
            let path = FieldPath("subsets").appending(index: index)
            for (portIndex, port) in (subset.ports ?? []).enumerated() {
                errors += CommonValidation.port(
                    port.port, path.appending("ports").appending(index: portIndex).appending("port")
                )
            }
        }
        return errors
    }
}
