public import ClusterSim
import Foundation
import KubeModel
import KubeYAML
public import LabDiagnostics

/// Builds the simulated cluster a scenario runs against: the one place that decides which
/// controllers run and which image catalogue the kubelet uses.
public enum ClusterFactory {
    public static func makeCluster(_ setup: ClusterSetup, scenarioFile: String)
        -> (Cluster, [Diagnostic])
    {
        let configuration = ClusterConfiguration(
            seed: setup.seed, controlPlaneVersion: setup.controlPlaneVersion,
            nodes: setup.nodes.map { $0.makeNode() }, storageClasses: setup.storageClasses,
            featureGates: setup.featureGates)
        var (images, diagnostics) = imageCatalog(setup, scenarioFile: scenarioFile)
        let cluster = Cluster.standard(configuration: configuration, images: images)
        for group in setup.nodeGroups {
            do {
                try cluster.createNodeGroup(group.spec)
            } catch {
                diagnostics.append(
                    .error(
                        "node group \"\(group.name)\": \(error.description)",
                        at: SourceLocation(file: scenarioFile, line: 1, column: 1)))
            }
        }
        // The first step runs once the boot groups are ACTIVE (their nodes take ~90 s to join).
        _ = cluster.run(
            until: { cluster in cluster.nodeGroups.allSatisfy { $0.status == .active } },
            timeout: .seconds(600))
        return (cluster, diagnostics)
    }

    /// The scenario's catalogue, else the nearest `Labs/images.yaml` above the scenario.
    static func imageCatalog(_ setup: ClusterSetup, scenarioFile: String)
        -> (ImageCatalog, [Diagnostic])
    {
        guard let path = setup.imageCatalog ?? nearestImageCatalog(from: scenarioFile) else {
            return (ImageCatalog(), [])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (
                ImageCatalog(),
                [
                    .error(
                        "cannot read the image catalogue",
                        at: SourceLocation(file: path, line: 1, column: 1))
                ]
            )
        }
        let decoded = StrictYAMLDecoder().decode(ImageCatalog.self, from: Array(data), file: path)
        return (decoded.value ?? ImageCatalog(), decoded.diagnostics)
    }

    /// The nearest `images.yaml` or `Labs/images.yaml` in the scenario's folder or above it.
    public static func nearestImageCatalog(from file: String) -> String? {
        var directory = URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in ["images.yaml", "Labs/images.yaml"] {
                let path = directory.appendingPathComponent(candidate).path
                if FileManager.default.fileExists(atPath: path) { return path }
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }
}
