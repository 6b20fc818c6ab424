import KubeModel
import KubeYAML
import LabDiagnostics

extension ManifestSet {
    /// Where the pointed-at field is in the student's files (or its nearest ancestor there):
    /// the named object, the student's autoscaler or budget for the owner whatever its name, or
    /// the owner's pod template for a field of its pods.
    func location(of pointer: ManifestPointer) -> SourceLocation? {
        guard let (object, path) = target(of: pointer) else { return nil }
        guard let path else {
            return SourceLocation(file: object.file, line: object.line, column: 1)
        }
        return object.location(of: path)
    }

    /// Whether the files write the pointed-at field itself (`lab dev check` asks it of the
    /// reference solution: a pointer at a field it lacks would point students at an ancestor).
    func resolves(_ pointer: ManifestPointer) -> Bool {
        guard let (object, path) = target(of: pointer) else { return false }
        return path.map(object.writes) ?? true
    }

    /// The object pointed at, and the path of the field in its file (entries picked by content
    /// turned into their indices), nil without a field.
    private func target(of pointer: ManifestPointer) -> (LoadedObject, FieldPath?)? {
        let found: LoadedObject?
        var base = FieldPath.root
        switch pointer.object {
        case .named(let reference):
            found = find(reference)
        case .related(.pods, let owner):
            found = find(owner)
            // A pod's `spec.x` is the template's `spec.template.spec.x`.
            if let found, found.resource.key.kind != Pod.kind { base = "spec.template" }
        case .related(let related, let owner):
            let anchor = find(owner)?.resource
            let match = objects.first { candidate in
                let key = candidate.resource.key
                guard key.kind == related.kind,
                    key.namespace.isEmpty || key.namespace == owner.namespace
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
            found = match ?? (sameKind.count == 1 ? sameKind.first : nil)
        }
        guard let found else { return nil }
        guard let field = pointer.field else {
            return (found, base.isRoot ? nil : base)
        }
        return (found, base + concrete(field, in: found, under: base))
    }

    private func find(_ reference: ObjectReferenceText) -> LoadedObject? {
        objects.first { loaded in
            let key = loaded.resource.key
            return key.kind == reference.kind && key.name == reference.name
                && (key.namespace.isEmpty || key.namespace == reference.namespace)
        }
    }

    /// `field` with entries picked by content replaced by their indices in `object`.
    private func concrete(_ field: ValuePath, in object: LoadedObject, under base: FieldPath)
        -> FieldPath
    {
        var root = ConditionEvaluator.json(of: object.resource.object)
        for component in base.components {
            guard case .key(let key) = component, case .object(let members)? = root else {
                root = nil
                break
            }
            root = members[key]
        }
        if let root { return field.concrete(in: root) }
        return FieldPath(
            field.components.compactMap { component in
                switch component {
                case .key(let key): .key(key)
                case .index(let index): .index(index)
                case .entry, .every: nil
                }
            })
    }
}
