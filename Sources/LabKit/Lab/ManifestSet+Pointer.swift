import KubeModel
import KubeYAML
import LabDiagnostics

extension ManifestSet {
    /// Where the pointed-at field is in the student's files (or its nearest ancestor there):
    /// the named object, the student's autoscaler or budget for the owner whatever its name, or
    /// the owner's pod template for a field of its pods.
    func location(of pointer: ManifestPointer) -> SourceLocation? {
        switch pointer.object {
        case .named(let reference):
            guard let object = find(reference) else { return nil }
            return location(in: object, of: pointer.field, under: .root)
        case .related(.pods, let owner):
            guard let object = find(owner) else { return nil }
            // A pod's `spec.x` is the template's `spec.template.spec.x`.
            let template = object.resource.key.kind == Pod.kind
                ? FieldPath.root : FieldPath("spec.template")
            return location(in: object, of: pointer.field, under: template)
        case .related(let related, let owner):
            let anchor = find(owner)?.resource
            let match = objects.first { candidate in
                let key = candidate.resource.key
                guard key.kind == related.kind, key.namespace.isEmpty || key.namespace == owner.namespace
                else { return false }
                if let anchor { return related.relates(candidate.resource, to: anchor) }
                // The owner is the lab's own: an autoscaler still names it.
                if case .horizontalPodAutoscaler(let hpa) = candidate.resource {
                    return hpa.spec.scaleTargetRef.name == owner.name
                        && hpa.spec.scaleTargetRef.kind == owner.kind
                }
                return false
            }
            // A budget that selects nothing is still the student's budget: with one object of
            // the kind in their files, point at it.
            let sameKind = objects.filter { $0.resource.key.kind == related.kind }
            let object = match ?? (sameKind.count == 1 ? sameKind.first : nil)
            return object.flatMap { location(in: $0, of: pointer.field, under: .root) }
        }
    }

    private func find(_ reference: ObjectReferenceText) -> LoadedObject? {
        objects.first { loaded in
            let key = loaded.resource.key
            return key.kind == reference.kind && key.name == reference.name
                && (key.namespace.isEmpty || key.namespace == reference.namespace)
        }
    }

    private func location(in object: LoadedObject, of field: ValuePath?, under base: FieldPath)
        -> SourceLocation
    {
        guard let field else {
            return base.isRoot
                ? SourceLocation(file: object.file, line: object.line, column: 1)
                : object.location(of: base)
        }
        var concrete = FieldPath(field.components.compactMap { component in
            switch component {
            case .key(let key): .key(key)
            case .index(let index): .index(index)
            case .entry, .every: nil
            }
        })
        if let json = ConditionEvaluator.json(of: object.resource.object) {
            let root = base.components.reduce(Optional(json)) { value, component in
                guard case .key(let key) = component, case .object(let members)? = value else {
                    return nil
                }
                return members[key]
            }
            if let root { concrete = field.concrete(in: root) }
        }
        return object.location(of: base + concrete)
    }
}
