/// Which syntax a kind's `metadata.name` must follow upstream.
enum NameRule {
    /// Most kinds (`NameIsDNSSubdomain`).
    case dns1123Subdomain
    /// Namespaces (`ValidateNamespaceName`).
    case dns1123Label
    /// Services (`ValidateServiceName`, `NameIsDNS1035Label`): must start with a letter.
    case dns1035Label

    func problems(_ name: String) -> [String] {
        switch self {
        case .dns1123Subdomain: NameRules.dns1123Subdomain(name)
        case .dns1123Label: NameRules.dns1123Label(name)
        case .dns1035Label: NameRules.dns1035Label(name)
        }
    }
}
