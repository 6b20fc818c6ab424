import Foundation
import KubeModel

/// The hash that names a pod template's revision: a StatefulSet's is `<set>-<hash>`, the name
/// upstream gives the ControllerRevision and writes into each pod's `controller-revision-hash`
/// label (pkg/controller/history/controller_history.go `ControllerRevisionName`,
/// `HashControllerRevision`); a DaemonSet's pods carry the hash alone.
enum StatefulSetRevision {
    /// FNV-32a over the template's JSON with sorted keys (stable across runs and machines),
    /// spelled with the safe alphabet of `rand.SafeEncodeString`.
    static func hash(_ template: PodTemplateSpec) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var hash = FNV1a32()
        hash.write((try? encoder.encode(PodTemplateHash.hashed(template))) ?? Data())
        return PodTemplateHash.safeEncode(String(hash.value))
    }
}

/// The revision hash of each owner's template, computed once per generation: the template
/// changes only with the spec, and encoding it to JSON at every sync was a tenth of an EKS lab
/// check (the add-on DaemonSets sync at every node and pod change).
struct RevisionHashes {
    private var known: [String: (generation: Int, hash: String)] = [:]

    /// The hash of `template`, the owner's (by uid) at `generation`.
    mutating func hash(of template: PodTemplateSpec, uid: String?, generation: Int?) -> String {
        guard let uid, let generation else { return StatefulSetRevision.hash(template) }
        if let cached = known[uid], cached.generation == generation { return cached.hash }
        let hash = StatefulSetRevision.hash(template)
        known[uid] = (generation, hash)
        return hash
    }
}
