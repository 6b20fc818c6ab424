import ClusterSim
import Foundation
import KubeModel
import KubeYAML
import LabDiagnostics

/// The objects a lab's steps name (`kubectl set image deployment/order ...`, siege at
/// `http://order:8080/`, `delete: pod/web-1`) that the student's files provide under another
/// name.
///
/// A student who names their Deployment `orders` would otherwise see a step of the course fail
/// with "not found" and every check after it; the check stops first and says, at the student's
/// own object, which name the lab uses.
struct NamedObjects {
    let scenario: Scenario

    /// An error at each of the student's objects whose kind a step needs by another name.
    func problems(given manifests: ManifestSet) -> [Diagnostic] {
        var created = Set<ObjectKey>()
        var problems: [Diagnostic] = []
        var reported = Set<ObjectKey>()
        for step in scenario.steps {
            for needed in needs(of: step.action) where !created.contains(needed.key) {
                guard !reported.contains(needed.key),
                    let problem = problem(needed, step: step, in: manifests)
                else { continue }
                reported.insert(needed.key)
                problems.append(problem)
            }
            created.formUnion(creations(of: step.action))
        }
        return problems
    }

    private func problem(_ needed: ObjectReferenceText, step: Step, in manifests: ManifestSet)
        -> Diagnostic?
    {
        let sameKind = manifests.objects.filter { object in
            let key = object.resource.key
            return key.kind == needed.kind
                && (key.namespace.isEmpty || key.namespace == needed.namespace)
        }
        guard let first = sameKind.first,
            !sameKind.contains(where: { $0.resource.key.name == needed.name })
        else { return nil }
        let names = sameKind.map { "\"\($0.resource.key.name)\"" }.joined(separator: ", ")
        let written: String
        switch step.action {
        case .expect(let expectation):
            written = "the lab checks \"\(expectation.title ?? step.summary)\""
        case .expectTogether(let expectations):
            written =
                "the lab checks \"\(expectations.compactMap(\.title).joined(separator: "\", \""))\""
        default:
            written = "the lab runs \"\(step.summary)\""
        }
        return first.diagnostic(
            for: FieldError(
                .error, "metadata.name",
                "\(written), which needs a \(needed.kind) named \"\(needed.name)\"; your files "
                    + "name it \(names)",
                hint: "name it \"\(needed.name)\": the lab's steps, its siege load and its "
                    + "checks use the starter's names"))
    }

    /// Objects a step uses by name.
    private func needs(of action: StepAction) -> [ObjectReferenceText] {
        switch action {
        case .expect(let expectation):
            return references(in: expectation.condition)
        case .expectTogether(let expectations):
            return expectations.flatMap { references(in: $0.condition) }
        case .delete(let target, _, _):
            return [target]
        case .startLoad(let spec):
            return [service(of: spec)]
        case .kubectl(let command):
            switch command {
            case .scale(let target, _), .setImage(let target, _), .rolloutStatus(let target, _),
                .rolloutUndo(let target, _), .rolloutHistory(let target),
                .expose(let target, _, _, _, _), .label(let target, _, _),
                .autoscale(let target, _, _, _):
                return [target]
            case .delete(.objects(let targets), _, _):
                return targets
            case .execSiege(let pod, let namespace, let load):
                return [
                    ObjectReferenceText(kind: Pod.kind, name: pod, namespace: namespace),
                    service(of: load),
                ]
            default:
                return []
            }
        default:
            return []
        }
    }

    /// Objects a step creates under a name of its own (`kubectl expose`, `autoscale`, a
    /// manifest written in the lab).
    private func creations(of action: StepAction) -> [ObjectKey] {
        switch action {
        case .kubectl(.expose(let target, _, _, let name, _)):
            return [
                ObjectReferenceText(
                    kind: Service.kind, name: name ?? target.name, namespace: target.namespace
                ).key
            ]
        case .kubectl(.autoscale(let target, _, _, _)):
            return [
                ObjectReferenceText(
                    kind: HorizontalPodAutoscaler.kind, name: target.name,
                    namespace: target.namespace
                ).key
            ]
        case .apply(.inline(let text, _, _)):
            return ManifestLinter().lint(bytes: Array(text.utf8), file: scenario.file).objects
                .map(\.resource.key)
        default:
            return []
        }
    }

    /// The objects a condition names (a check about `pod/order` needs a Pod named order).
    private func references(in condition: Condition) -> [ObjectReferenceText] {
        switch condition {
        case .object(let selection, _, _, _):
            return [selection.anchor]
        case .pods(let query, _):
            return query.owner.map { [$0] } ?? []
        case .event(let query, _):
            return query.object.map { [$0.anchor] } ?? []
        case .resolves(_, _, let answer):
            return answer.map { [$0] } ?? []
        case .createdInOrder(let objects, _), .deletedInOrder(let objects):
            return objects
        case .rolloutComplete(let target), .endpoints(let target, _), .replaced(let target, _):
            return [target]
        case .probes(let query, _):
            return query.pods.owner.map { [$0] } ?? []
        case .all(let conditions):
            return conditions.flatMap(references)
        case .load, .drain, .nodes:
            return []
        }
    }

    private func service(of load: LoadSpec) -> ObjectReferenceText {
        ObjectReferenceText(
            kind: Service.kind, name: load.target.service,
            namespace: load.target.namespace ?? load.namespace)
    }
}
