public import KubeModel
import LabDiagnostics

/// Loads manifests and adds the cross-object findings static validators miss (a selector that
/// matches nothing, an HPA over a target without cpu requests, ...).
public struct ManifestLinter: Sendable {
    public var loader: ManifestLoader
    /// Objects already in the cluster the manifests are applied to: a reference to one of
    /// them (an autoscaler's target applied by an earlier step) is not a finding.
    public var existing: [KubeResource] = []

    public init(loader: ManifestLoader = ManifestLoader()) {
        self.loader = loader
    }

    public func lint(paths: [String]) -> ManifestSet {
        withCrossObjectFindings(loader.load(paths: paths))
    }

    public func lint(bytes: [UInt8], file: String) -> ManifestSet {
        withCrossObjectFindings(loader.load(bytes: bytes, file: file))
    }

    /// Adds the cross-object findings to manifests already loaded (each file parsed once).
    public func lint(loaded set: ManifestSet) -> ManifestSet {
        withCrossObjectFindings(set)
    }

    private func withCrossObjectFindings(_ set: ManifestSet) -> ManifestSet {
        var result = set
        let findings = CrossObjectChecks.run(set.objects.map(\.resource), existing: existing)
        for finding in findings where set.objects.indices.contains(finding.index) {
            result.diagnostics.append(set.objects[finding.index].diagnostic(for: finding.error))
        }
        result.diagnostics = result.diagnostics.sortedByLocation()
        return result
    }
}
