/// Pod and host IPs, deterministic: node number `i` (in the order the kubelet first runs a pod
/// there) gets the pod range `10.244.i.0/24` and host IP `172.18.x.y`, as kind's nodes do.
///
/// Pod
/// addresses go round-robin over `.2`–`.254`, skipping those in use (host-local IPAM); a node
/// with more than 253 pods reuses addresses, which only benchmarks reach.
struct PodAddressAllocator {
    private struct NodeRange {
        let index: Int
        var next = 0
        var inUse: Set<Int> = []
    }

    private static let hosts = 253
    private var nodes: [String: NodeRange] = [:]
    /// EC2 nodes' addresses, read from their names once.
    private var ec2Addresses: [String: String] = [:]

    mutating func allocate(node: String) -> String {
        var range = nodes[node] ?? NodeRange(index: nodes.count)
        var host = range.next
        for offset in 0..<Self.hosts {
            let candidate = (range.next + offset) % Self.hosts
            if !range.inUse.contains(candidate) {
                host = candidate
                break
            }
        }
        range.inUse.insert(host)
        range.next = (host + 1) % Self.hosts
        nodes[node] = range
        return "10.\(244 + range.index / 256).\(range.index % 256).\(host + 2)"
    }

    mutating func release(_ address: String, node: String) {
        guard let last = address.split(separator: ".").last, let host = Int(last) else { return }
        nodes[node]?.inUse.remove(host - 2)
    }

    /// The node's own address: an EC2 node's private address is in its name
    /// (`ip-10-0-32-10.ec2.internal` is 10.0.32.10); others get kind's (`172.18.0.2` first).
    mutating func hostIP(node: String) -> String {
        if let address = ec2Addresses[node] { return address }
        if let address = Self.ec2Address(node) {
            ec2Addresses[node] = address
            return address
        }
        let range = nodes[node] ?? NodeRange(index: nodes.count)
        nodes[node] = range
        return "172.18.\(range.index / 250).\(range.index % 250 + 2)"
    }

    private static func ec2Address(_ node: String) -> String? {
        guard node.hasPrefix("ip-"), let label = node.split(separator: ".").first else {
            return nil
        }
        let octets = label.dropFirst(3).split(separator: "-")
        guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else { return nil }
        return octets.joined(separator: ".")
    }
}
