import KubeModel

/// `setMetric`: checks one publication of a custom or external metric.
extension ScenarioCompiler {
    mutating func compileMetric(_ raw: MetricDocument, at path: FieldPath)
        -> (String, StepAction)?
    {
        let namespace = raw.namespace ?? "default"
        let present = [raw.pods != nil, raw.object != nil, raw.external != nil].filter { $0 }
        guard present.count == 1 else {
            error(
                "\"setMetric\" takes exactly one of \"pods\", \"object\" or \"external\"", at: path,
                hint: "pods: {of: deployment/web, name: requests_per_second, value: 10}")
            return nil
        }
        if let pods = raw.pods {
            let podsPath = path.appending("pods")
            guard quantity(pods.value, at: podsPath.appending("value")) else { return nil }
            var owner: ObjectReferenceText?
            switch (pods.selector, pods.of) {
            case (let text?, nil):
                guard LabelSelectorText.parse(text) != nil else {
                    error("invalid selector \"\(text)\"", at: podsPath.appending("selector"))
                    return nil
                }
            case (nil, let text?):
                guard
                    let reference = reference(
                        text, namespace: namespace, at: podsPath.appending("of"))
                else { return nil }
                owner = reference
            default:
                error(
                    "\"pods\" takes either \"selector\" or \"of\"", at: podsPath,
                    hint: "of: deployment/web uses the Deployment's own selector")
                return nil
            }
            let publication = MetricPublication(
                target: .pods(selector: pods.selector ?? "", owner: owner), name: pods.name,
                value: pods.value.text, namespace: namespace)
            let which = owner.map { "pods of \($0)" } ?? "pods \(pods.selector ?? "")"
            return (
                "set metric \(pods.name) of \(which) to \(pods.value.text)",
                .setMetric(publication)
            )
        }
        if let external = raw.external {
            let externalPath = path.appending("external")
            guard quantity(external.value, at: externalPath.appending("value")) else {
                return nil
            }
            let labels = external.labels ?? [:]
            let publication = MetricPublication(
                target: .external(labels: labels), name: external.name,
                value: external.value.text, namespace: namespace)
            let series = labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            let text =
                series.isEmpty
                ? external.name : "\(external.name){\(series.joined(separator: ","))}"
            return (
                "set external metric \(text) to \(external.value.text)", .setMetric(publication)
            )
        }
        guard let objectText = raw.object,
            let object = reference(objectText, namespace: namespace, at: path.appending("object"))
        else { return nil }
        guard let name = raw.name, let value = raw.value else {
            error(
                "\"setMetric\" with \"object\" needs \"name\" and \"value\"", at: path,
                hint: "object: ingress/main, name: requests_per_second, value: 2k")
            return nil
        }
        guard quantity(value, at: path.appending("value")) else { return nil }
        let publication = MetricPublication(
            target: .object(object), name: name, value: value.text, namespace: namespace)
        return ("set metric \(name) of \(object) to \(value.text)", .setMetric(publication))
    }

    /// Whether `scalar` is a quantity (`10`, `2k`, `500m`); says so when it is not.
    private mutating func quantity(_ scalar: RawScalar, at path: FieldPath) -> Bool {
        guard Quantity(scalar.text) == nil else { return true }
        error(
            "invalid quantity \"\(scalar.text)\"", at: path,
            hint: "write a number such as 10, 2k or 500m")
        return false
    }
}
