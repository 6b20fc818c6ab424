/// Where a load generator sends its requests: `http://<service>[.<namespace>]:<port>/<path>`,
/// as a pod inside the cluster would write it.
public struct LoadTarget: Sendable, Hashable, CustomStringConvertible {
    public var service: String
    /// Nil when the URL names no namespace: the generator's own namespace then applies.
    public var namespace: String?
    public var port: Int
    public var path: String

    public init(service: String, namespace: String? = nil, port: Int = 80, path: String = "/") {
        self.service = service
        self.namespace = namespace
        self.port = port
        self.path = path
    }

    /// Parses `http://order:8080/orders`, `http://order.shop:8080/`, `http://order.shop.svc`
    /// `.cluster.local/`; nil for anything else (other schemes, empty host, bad port).
    public init?(url: String) {
        guard url.hasPrefix("http://") else { return nil }
        let rest = url.dropFirst("http://".count)
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        let authority = rest[..<slash]
        path = slash == rest.endIndex ? "/" : String(rest[slash...])
        var host = Substring(authority)
        port = 80
        if let colon = authority.firstIndex(of: ":") {
            guard let number = Int(authority[authority.index(after: colon)...]), number > 0,
                number < 65536
            else { return nil }
            port = number
            host = authority[..<colon]
        }
        var labels = host.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if labels.count >= 3, labels[2] == "svc" { labels = Array(labels.prefix(2)) }
        guard (1...2).contains(labels.count), labels.allSatisfy({ !$0.isEmpty }) else {
            return nil
        }
        service = labels[0]
        namespace = labels.count == 2 ? labels[1] : nil
    }

    public var description: String {
        let host = namespace.map { "\(service).\($0)" } ?? service
        return "http://\(host):\(port)\(path)"
    }
}
