import Foundation
import KubeModel

/// The revision of a StatefulSet's pod template: `<set>-<hash>`, the name upstream gives the
/// ControllerRevision and writes into each pod's `controller-revision-hash` label
/// (pkg/controller/history/controller_history.go `ControllerRevisionName`,
/// `HashControllerRevision`).
enum StatefulSetRevision {
    static func name(setName: String, template: PodTemplateSpec) -> String {
        "\(setName)-\(hash(template))"
    }

    /// FNV-32a over the template's JSON with sorted keys (stable across runs and machines),
    /// spelled with the safe alphabet of `rand.SafeEncodeString`.
    static func hash(_ template: PodTemplateSpec) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var hash = FNV1a32()
        hash.write((try? encoder.encode(template)) ?? Data())
        return PodTemplateHash.safeEncode(String(hash.value))
    }
}
