public import ClusterSim
public import KubeModel

/// A kubectl command a scenario runs (`kubectl: "scale deployment/order --replicas=4"`).
public enum KubectlCommand: Sendable, Hashable {
    case apply(paths: [String])
    case scale(ObjectReferenceText, replicas: Int)
    case setImage(ObjectReferenceText, images: [ContainerImage])
    case rolloutStatus(ObjectReferenceText, timeout: ScenarioDuration?)
    case rolloutUndo(ObjectReferenceText, toRevision: Int?)
    case rolloutHistory(ObjectReferenceText)
    case expose(
        ObjectReferenceText, port: Int, targetPort: IntOrString?, name: String?, type: String?)
    /// `wait`: kubectl waits until the objects are gone unless `--wait=false`.
    case delete(DeleteTarget, cascade: String, wait: Bool = true)
    case label(ObjectReferenceText, set: [LabelChange], overwrite: Bool)
    case autoscale(ObjectReferenceText, cpuPercent: Int?, min: Int?, max: Int)
    case cordon(String)
    case uncordon(String)
    case drain(String, options: DrainOptions)
    /// `cordon NODE NODE...` (true) or `uncordon NODE NODE...` (false).
    case cordonNodes([String], cordon: Bool)
    /// `drain NODE NODE...`: cordons every node, then drains them one after another.
    case drainNodes([String], options: DrainOptions)
    /// `cordon -l SELECTOR` (true) or `uncordon -l SELECTOR` (false).
    case cordonSelected(String, cordon: Bool)
    /// `drain -l SELECTOR`: cordons every matching node, then drains them one after another.
    case drainSelected(String, options: DrainOptions)
    /// `top pods [-l SELECTOR]`, `top nodes`: what metrics-server reports.
    case top(TopTarget, selector: String?, namespace: String)
    /// `get hpa|pdb|nodes|pods|deployments|rs [NAME] [-o wide]`: kubectl's table.
    case get(kind: String, name: String?, namespace: String, wide: Bool = false)
    /// `describe KIND [NAME...] [-l SELECTOR]`: kubectl's description of each object.
    case describe(kind: String, names: [String], namespace: String, selector: String?)
    /// `exec -it siege -- siege -c20 -t40S URL`: the course's load, run from its siege pod.
    case execSiege(pod: String, namespace: String, load: LoadSpec)

    /// What `kubectl top` lists.
    public enum TopTarget: String, Sendable, Hashable {
        /// `top pods --containers`: one row per container.
        case pods, containers, nodes
    }

    /// `container=image` in `set image`.
    public struct ContainerImage: Sendable, Hashable {
        public var container: String
        public var image: String

        public init(container: String, image: String) {
            self.container = container
            self.image = image
        }
    }

    /// `key=value` sets a label; `key-` removes it.
    public struct LabelChange: Sendable, Hashable {
        public var key: String
        /// Nil removes the label.
        public var value: String?

        public init(key: String, value: String?) {
            self.key = key
            self.value = value
        }
    }

    /// What `delete` deletes: named objects, or every object of some kinds (`--all`).
    public enum DeleteTarget: Sendable, Hashable {
        case objects([ObjectReferenceText])
        case all(kinds: [String], namespace: String)
        /// `-f FILE`: the objects the manifests describe.
        case files([String])
    }

    /// `drain`'s flags.
    public struct DrainOptions: Sendable, Hashable {
        public var ignoreDaemonSets = false
        public var deleteEmptyDirData = false
        public var force = false
        public var timeout: ScenarioDuration?
        /// `--grace-period`: seconds; nil uses each pod's own.
        public var gracePeriodSeconds: Int?
        /// `--disable-eviction`: delete instead of evicting (bypasses disruption budgets).
        public var disableEviction = false
        /// `--skip-wait-for-delete-timeout`: seconds; 0 waits for every pod.
        public var skipWaitForDeleteTimeoutSeconds = 0
        /// What kubectl prints about the flags before it runs (a deprecated flag's warning).
        public var warnings: [String] = []

        public init() {}
    }
}
