import KubeModel

/// kubectl's `formatEndpoints`, for `get endpoints` and `describe service`: the ready
/// `ip:port` pairs, three at most and then `+ N more...`.
enum EndpointsText {
    /// The addresses of `port`, the Service port of that name (describe), or of every port.
    ///
    /// `<none>` while the object has no subsets, as upstream prints it.
    static func addresses(_ endpoints: Endpoints?, port: String? = nil) -> String {
        guard let subsets = endpoints?.subsets, !subsets.isEmpty else { return "<none>" }
        var list: [String] = []
        var count = 0
        for subset in subsets {
            let addresses = subset.addresses ?? []
            guard let ports = subset.ports, !ports.isEmpty else {
                // A headless Service may have no ports: addresses alone.
                count += addresses.count
                list += addresses.map(\.ip)
                continue
            }
            for entry in ports where port == nil || (entry.name ?? "") == port {
                count += addresses.count
                list += addresses.map { "\($0.ip):\(entry.port)" }
            }
        }
        let shown = list.prefix(3).joined(separator: ",")
        return count > 3 ? "\(shown) + \(count - 3) more..." : shown
    }
}
