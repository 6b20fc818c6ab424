import KubeModel

/// One `kubectl drain NODE...` (or `drain -l SELECTOR`) over virtual time: every node cordoned
/// first, then drained one after another; a node that fails does not stop the next, and the
/// nodes left undrained and the aggregated error are printed once at the end
/// (staging/src/k8s.io/kubectl/pkg/cmd/drain/drain.go `RunDrain`).
final class DrainCommand {
    let nodes: [String]
    let options: DrainOptions
    let nodeFinished: (Cluster, String, DrainResult) -> Void
    let completion: (Cluster, DrainResult) -> Void
    private var lines: [String] = []
    private var pending: [String] = []
    private var errors: [String] = []

    init(
        nodes: [String], options: DrainOptions,
        nodeFinished: @escaping (Cluster, String, DrainResult) -> Void,
        completion: @escaping (Cluster, DrainResult) -> Void
    ) {
        self.nodes = nodes
        self.options = options
        self.nodeFinished = nodeFinished
        self.completion = completion
    }

    /// `RunCordonOrUncordon(true)` for every node, then the first node's drain.
    func start(cordoned: [String], in cluster: Cluster) {
        for (node, line) in zip(nodes, cordoned) { emit(line, node: node, in: cluster) }
        cluster.schedule(after: .zero) { [self] cluster in drain(0, in: cluster) }
    }

    private func drain(_ index: Int, in cluster: Cluster) {
        guard index < nodes.count else {
            finish(in: cluster)
            return
        }
        let node = nodes[index]
        let run = DrainRun(node: node, options: options, start: cluster.now) {
            [self] cluster, result in
            lines += result.lines
            if let error = result.error {
                pending.append(node)
                errors.append(error)
            }
            nodeFinished(cluster, node, result)
            drain(index + 1, in: cluster)
        }
        run.start(in: cluster)
    }

    private func finish(in cluster: Cluster) {
        guard let first = pending.first else {
            completion(cluster, DrainResult(succeeded: true, lines: lines))
            return
        }
        emit("There are pending nodes to be drained:", node: first, in: cluster)
        for node in pending { emit(" \(node)", node: node, in: cluster) }
        let error = DrainRun.aggregate(errors)
        emit("error: \(error)", node: first, in: cluster)
        completion(cluster, DrainResult(succeeded: false, lines: lines, error: error))
    }

    private func emit(_ line: String, node: String, in cluster: Cluster) {
        lines.append(line)
        guard cluster.configuration.recordsTimeline else { return }
        cluster.timeline.append(
            TimelineEntry(
                time: cluster.now, category: .scenario,
                subject: cluster.key(Node.self, node), text: line))
    }
}
