import LabDiagnostics

/// Checks that need several objects at once: references between the manifests a student
/// applies together.
///
/// Each finding names the index of the object it is about.
public enum CrossObjectChecks {
    /// Runs every check on `objects`, which may refer to each other and to `existing` (what
    /// the cluster already holds, when applying into one); results are ordered by object
    /// index, then field path.
    public static func run(_ objects: [KubeResource], existing: [KubeResource] = [])
        -> [(index: Int, error: FieldError)]
    {
        let context = Context(objects: objects + existing)
        var findings: [(index: Int, error: FieldError)] = []
        for (index, object) in objects.enumerated() {
            let errors: [FieldError]
            switch object {
            case .service(let service): errors = context.check(service)
            case .podDisruptionBudget(let budget): errors = context.check(budget)
            case .horizontalPodAutoscaler(let autoscaler): errors = context.check(autoscaler)
            case .statefulSet(let set): errors = context.check(set)
            default: errors = []
            }
            findings += errors.map { (index, $0) }
        }
        // Stable sort: checks of one object keep their order for equal paths.
        return findings.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.index, lhs.element.error.path.description, lhs.offset)
            let right = (rhs.element.index, rhs.element.error.path.description, rhs.offset)
            return left < right
        }.map(\.element)
    }

    /// The objects, indexed for lookups by namespace.
    struct Context {
        var objects: [KubeResource]

        func namespace(of meta: ObjectMeta) -> String {
            meta.namespace ?? ObjectMeta.defaultNamespace
        }

        /// Pod templates (and pods) in a namespace, with the object that owns each.
        func templates(in namespace: String) -> [(owner: KubeResource, template: PodTemplateSpec)] {
            objects.compactMap { object in
                guard self.namespace(of: object.metadata) == namespace,
                    let template = object.podTemplate
                else { return nil }
                return (object, template)
            }
        }

        func anyTemplate(in namespace: String, matches selector: LabelSelector) -> Bool {
            templates(in: namespace).contains { selector.matches($0.template.labels) }
        }

        func object(kind: String, name: String, namespace: String) -> KubeResource? {
            objects.first {
                $0.kind == kind && $0.metadata.name == name
                    && self.namespace(of: $0.metadata) == namespace
            }
        }
    }
}
