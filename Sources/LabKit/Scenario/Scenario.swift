public import ClusterSim
public import KubeModel
public import LabDiagnostics

/// A compiled scenario: how the cluster starts and the steps to run against it, in order.
public struct Scenario: Sendable {
    public var name: String
    public var description: String?
    /// The scenario file, as given (diagnostics name it).
    public var file: String
    public var cluster: ClusterSetup
    public var steps: [Step]

    public init(
        name: String, description: String? = nil, file: String, cluster: ClusterSetup,
        steps: [Step]
    ) {
        self.name = name
        self.description = description
        self.file = file
        self.cluster = cluster
        self.steps = steps
    }
}

/// How the simulated cluster starts: seed, version, nodes, storage classes, image catalogue.
public struct ClusterSetup: Sendable {
    public var seed: UInt64 = 1
    public var controlPlaneVersion = "1.29"
    /// Feature gates set explicitly; the others take upstream's default for the version.
    public var featureGates: [String: Bool] = [:]
    public var nodes: [NodeTemplate] = []
    public var storageClasses: [StorageClass] = []
    /// Node groups created at boot (EKS managed node groups), after `nodes`.
    public var nodeGroups: [NodeGroupDefinition] = []
    /// The image catalogue file (absolute, or relative to the working directory), if any.
    public var imageCatalog: String?

    public init() {}
}

/// One step: where it is written, how it reads, and what it does.
public struct Step: Sendable {
    /// 1-based position in `steps:`.
    public var number: Int
    public var location: SourceLocation
    /// The step as a one-line summary (`kubectl scale deployment/order --replicas=4`).
    public var summary: String
    public var action: StepAction

    public init(number: Int, location: SourceLocation, summary: String, action: StepAction) {
        self.number = number
        self.location = location
        self.summary = summary
        self.action = action
    }
}

/// What a step does.
public enum StepAction: Sendable {
    case apply(ApplySource)
    case delete(ObjectReferenceText, cascade: String, wait: Bool = true)
    case kubectl(KubectlCommand)
    case startLoad(LoadSpec)
    case stopLoad(String)
    case setUsage(UsageOverride)
    case setMetric(MetricPublication)
    /// `breakPod` / `healPod`.
    case podFault(PodFault)
    case nodeGroup(NodeGroupAction)
    case upgradeControlPlane(String)
    case failNode(String)
    case recoverNode(String)
    case advance(ScenarioDuration)
    case wait(Condition, timeout: ScenarioDuration)
    case expect(Expectation)
    /// Several checks that start together and may watch the same interval (`check: [a, b]`).
    case expectTogether([Expectation])
}

/// What `apply:` applies: files and directories, or a manifest written in the scenario.
public enum ApplySource: Sendable, Hashable {
    /// Paths as written; resolved against the student directory, then the scenario's folder.
    case paths([String])
    /// Manifest text and the line of the scenario where it starts (diagnostics are moved there).
    case inline(String, firstLine: Int, indent: Int)
}

/// `breakPod` / `healPod`: a fault injected into (or taken out of) one pod's application.
public struct PodFault: Sendable, Hashable {
    /// What happens to the application.
    public enum Change: Sendable, Hashable {
        /// `path` answers 500 (nil: the application hangs, every path 503, until restarted).
        case breakPath(String?)
        /// The process exits with code 1.
        case crash
        /// `path` answers again (nil: every path, and a hung application).
        case heal(String?)
    }

    /// The pod by name, or (with `owner`) nil.
    public var pod: String?
    /// `of: deployment/order`: the workload's oldest live pod, chosen when the fault fires.
    public var owner: ObjectReferenceText?
    public var namespace: String
    public var change: Change
    /// How long after the step the fault fires (the next steps run meanwhile); nil: at once.
    public var after: ScenarioDuration?
}

/// `setUsage`: what the applications in the selected pods consume, as metrics-server sees it.
public struct UsageOverride: Sendable, Hashable {
    /// Pods by label, or (with `owner`) empty.
    public var selector: String
    /// The workload whose own selector picks the pods (`of: deployment/order`).
    public var owner: ObjectReferenceText?
    public var namespace: String
    /// One container's usage; nil for the application's (the pod's first container).
    public var container: String?
    public var cpu: String?
    public var memory: String?
}

/// `setMetric`: a custom or external metric's value, served to autoscalers as the custom and
/// external metrics APIs would.
public struct MetricPublication: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        /// Every pod a selector (or a workload's own selector) matches.
        case pods(selector: String, owner: ObjectReferenceText?)
        /// One object (`ingress/main`).
        case object(ObjectReferenceText)
        /// A series outside the cluster, told apart by its labels.
        case external(labels: [String: String])
    }

    public var target: Target
    public var name: String
    public var value: String
    public var namespace: String
}
