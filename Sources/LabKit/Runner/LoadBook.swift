import ClusterSim

/// The loads a scenario started, by name: shared by the run and the conditions watching it, so
/// a check that watches to the end of the run sees loads started after it.
final class LoadBook {
    private var generators: [String: LoadGenerator] = [:]
    /// Names in the order their loads first started.
    private(set) var order: [String] = []

    subscript(name: String) -> LoadGenerator? {
        get { generators[name] }
        set {
            generators[name] = newValue
            if newValue != nil, !order.contains(name) { order.append(name) }
        }
    }
}
