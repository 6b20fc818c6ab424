import ClusterSim
import Foundation
import KubeModel
import KubeYAML
import LabDiagnostics

extension ScenarioRun {
    /// `apply`: loads and checks the manifests like `lab lint`, then applies every object.
    func apply(_ source: ApplySource, step: Step) {
        var linter = ManifestLinter()
        linter.existing = workloadsAndServices
        var set: ManifestSet
        switch source {
        case .paths(let paths):
            set = ManifestSet()
            for path in paths {
                if let (loaded, isFolder) = student?.set(for: path) {
                    set.objects += isFolder ? InstallOrder.sorted(loaded.objects) : loaded.objects
                    set.diagnostics +=
                        loaded.diagnostics + loaded.objects.flatMap(droppedFieldWarnings)
                    continue
                }
                guard let resolved = resolve(path) else {
                    fail(
                        "no such file or directory: \"\(path)\"", at: step,
                        hint: studentDirectory == nil
                            ? "paths are relative to the scenario file"
                            : "paths are relative to the student directory or the scenario file")
                    return
                }
                let loaded = linter.lint(paths: [resolved])
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder)
                set.objects +=
                    isFolder.boolValue
                    ? InstallOrder.sorted(loaded.objects) : loaded.objects
                set.diagnostics += loaded.diagnostics + loaded.objects.flatMap(droppedFieldWarnings)
            }
        case .inline(let text, let firstLine, let indent):
            set = linter.lint(bytes: Array(text.utf8), file: scenario.file)
            set.diagnostics += set.objects.flatMap(droppedFieldWarnings)
            set.diagnostics = set.diagnostics.map { diagnostic in
                var moved = diagnostic
                if let location = diagnostic.location {
                    moved.location = SourceLocation(
                        file: location.file, line: location.line + firstLine - 1,
                        column: location.column + indent)
                }
                return moved
            }
        }
        diagnostics += set.diagnostics.filter { $0.severity != .note }
        guard !set.hasErrors else {
            say("  error: the manifests have errors; nothing applied")
            return
        }
        for object in set.objects {
            do {
                let file = displayPath(object.file)
                say("  " + (try ObjectWriter(cluster: cluster).apply(object, file: file)))
            } catch {
                // The refusal is about the object: point at it (its namespace when that is the
                // reason), in the student's file or the scenario's inline manifest.
                fail(error, at: step, object: object)
            }
        }
    }

    /// A refused object: at the object in the student's file (its namespace, when it names
    /// one), or at the step for a manifest written in the scenario.
    private func fail(_ error: APIError, at step: Step, object: LoadedObject) {
        guard object.file != scenario.file else { return fail(error.description, at: step) }
        let location =
            object.resource.object.metadata.namespace == nil
            ? SourceLocation(file: object.file, line: object.line, column: 1)
            : object.location(of: "metadata.namespace")
        diagnostics.append(Diagnostic(.error, error.description, at: location))
        say("  error: \(error.description)")
    }

    /// A file as kubectl names the one it was given: as the step wrote it (`order.yaml`), and
    /// `STDIN` for a manifest written in the scenario.
    private func displayPath(_ file: String) -> String {
        if file == scenario.file { return "STDIN" }
        let folders = [studentDirectory, (scenario.file as NSString).deletingLastPathComponent]
        for case let folder? in folders where file.hasPrefix(folder + "/") {
            return String(file.dropFirst(folder.count + 1))
        }
        return file
    }

    /// A path from a step: absolute, in the student directory, or beside the scenario.
    func resolve(_ path: String) -> String? {
        let manager = FileManager.default
        if path.hasPrefix("/") { return manager.fileExists(atPath: path) ? path : nil }
        var candidates: [String] = []
        if let studentDirectory {
            candidates.append((studentDirectory as NSString).appendingPathComponent(path))
        }
        let folder = (scenario.file as NSString).deletingLastPathComponent
        candidates.append((folder as NSString).appendingPathComponent(path))
        return candidates.first { manager.fileExists(atPath: $0) }
    }

    /// How long a deletion is waited for: 10 minutes.
    ///
    /// kubectl waits a week by default; a scenario that waits this long for a deletion has a
    /// mistake to report instead.
    static let deletionWaitLimit = VirtualTime.seconds(600)

    /// `kubectl delete`: each object, with the cascade asked for; then, as kubectl does unless
    /// `--wait=false`, the step lasts until they are gone (a pod stopped, a namespace emptied).
    func delete(_ targets: [ObjectReferenceText], cascade: String, wait: Bool, step: Step) {
        let propagation = DeletionPropagation(rawValue: cascade) ?? .background
        // kubectl waits for the object it deleted, by uid: a StatefulSet pod re-created under
        // the same name is another object (delete.go's wait uses the uids it deleted).
        var deleted: [(target: ObjectReferenceText, uid: String?)] = []
        for target in targets {
            let uid = cluster.store.resource(target.key)?.metadata.uid
            guard let type = Cluster.storedKind(named: target.kind) else {
                fail("the server doesn't have a resource type \"\(target.kind)\"", at: step)
                continue
            }
            do {
                try delete(type, target.key, propagation: propagation)
                say("  \(type.kubectlName) \"\(target.name)\" deleted", about: target.key)
                deleted.append((target, uid))
            } catch {
                fail(error.description, at: step)
            }
        }
        guard wait, !deleted.isEmpty else { return }
        func isGone(_ object: (target: ObjectReferenceText, uid: String?)) -> Bool {
            cluster.store.resource(object.target.key).map { $0.metadata.uid != object.uid } ?? true
        }
        let gone = runClock(until: { deleted.allSatisfy(isGone) }, timeout: Self.deletionWaitLimit)
        for (target, uid) in deleted where !gone && !isGone((target, uid)) {
            let resource = Cluster.storedKind(named: target.kind)?.resourceName ?? target.kind
            fail(
                "timed out waiting for the condition on \(resource)/\(target.name)", at: step,
                hint: "it is still being deleted (a finalizer, or a pod that uses it); add "
                    + "--wait=false (wait: false) to go on without waiting")
        }
    }

    private func delete<T: StoredKind>(
        _ type: T.Type, _ key: ObjectKey, propagation: DeletionPropagation
    ) throws(APIError) {
        try cluster.delete(type, key, propagation: propagation)
    }
}

extension ScenarioRun {
    /// `kubectl delete -f`: the objects the files describe, in their order; nil (and the step
    /// failed) when a file is missing or does not load.
    func objects(inFiles paths: [String], step: Step) -> [ObjectReferenceText]? {
        var objects: [ObjectReferenceText] = []
        for path in paths {
            let set: ManifestSet
            if let (loaded, _) = student?.set(for: path) {
                set = loaded
            } else if let resolved = resolve(path) {
                set = ManifestLinter().lint(paths: [resolved])
            } else {
                fail("the path \"\(path)\" does not exist", at: step)
                return nil
            }
            guard !set.hasErrors else {
                diagnostics += set.diagnostics.filter { $0.severity == .error }
                say("  error: the manifests have errors; nothing deleted")
                return nil
            }
            objects += set.objects.map { object in
                let key = object.resource.storeKey
                return ObjectReferenceText(kind: key.kind, name: key.name, namespace: key.namespace)
            }
        }
        return objects
    }
}
