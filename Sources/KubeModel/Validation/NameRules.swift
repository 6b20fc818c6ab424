/// Upstream name and label syntax (k8s.io/apimachinery/pkg/util/validation), with its messages.
enum NameRules {
    static let dns1123LabelMessage =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', "
        + "and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', "
        + "regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
    static let dns1123SubdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' "
        + "or '.', and must start and end with an alphanumeric character (e.g. 'example.com', "
        + "regex used for validation is "
        + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
    static let dns1035LabelMessage =
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with "
        + "an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or "
        + "'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"
    static let labelValueMessage =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' "
        + "or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or "
        + "'my_value',  or '12345', regex used for validation is "
        + "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
    static let qualifiedNameMessage =
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and "
        + "end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', "
        + "regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"

    private static func isLowerAlnum(_ char: Character) -> Bool {
        char.isASCII && (char.isLowercase || char.isNumber)
    }

    private static func isAlnum(_ char: Character) -> Bool {
        char.isASCII && (char.isLetter || char.isNumber)
    }

    /// Problems with `name` as an RFC 1123 label (empty list when valid).
    static func dns1123Label(_ name: String) -> [String] {
        var problems: [String] = []
        if name.count > 63 { problems.append("must be no more than 63 characters") }
        let valid =
            !name.isEmpty && name.allSatisfy { isLowerAlnum($0) || $0 == "-" }
            && name.first.map(isLowerAlnum) == true && name.last.map(isLowerAlnum) == true
        if !valid { problems.append(dns1123LabelMessage) }
        return problems
    }

    static func dns1123Subdomain(_ name: String) -> [String] {
        var problems: [String] = []
        if name.count > 253 { problems.append("must be no more than 253 characters") }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        let valid = labels.allSatisfy { label in
            !label.isEmpty && label.allSatisfy { isLowerAlnum($0) || $0 == "-" }
                && label.first.map(isLowerAlnum) == true && label.last.map(isLowerAlnum) == true
        }
        if !valid { problems.append(dns1123SubdomainMessage) }
        return problems
    }

    static func dns1035Label(_ name: String) -> [String] {
        var problems: [String] = []
        if name.count > 63 { problems.append("must be no more than 63 characters") }
        let valid =
            !name.isEmpty && name.allSatisfy { isLowerAlnum($0) || $0 == "-" }
            && name.first.map { $0.isASCII && $0.isLowercase } == true
            && name.last.map(isLowerAlnum) == true
        if !valid { problems.append(dns1035LabelMessage) }
        return problems
    }

    /// Label values: at most 63 characters, alphanumerics and `-_.`, alphanumeric at both ends.
    static func labelValue(_ value: String) -> [String] {
        var problems: [String] = []
        if value.count > 63 { problems.append("must be no more than 63 characters") }
        if !value.isEmpty, !isQualifiedNamePart(value) { problems.append(labelValueMessage) }
        return problems
    }

    /// Label and annotation keys: an optional DNS subdomain prefix and `/`, then a name part.
    static func qualifiedName(_ key: String) -> [String] {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            return [
                "a qualified name " + qualifiedNameMessage.dropFirst("name part ".count)
                    + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
            ]
        }
        var problems: [String] = []
        let name = String(parts[parts.count - 1])
        if parts.count == 2 {
            let prefix = String(parts[0])
            if prefix.isEmpty {
                problems.append("prefix part must be non-empty")
            } else {
                problems += dns1123Subdomain(prefix).map { "prefix part " + $0 }
            }
        }
        if name.isEmpty {
            problems.append("name part must be non-empty")
        } else {
            if name.count > 63 { problems.append("name part must be no more than 63 characters") }
            if !isQualifiedNamePart(name) { problems.append(qualifiedNameMessage) }
        }
        return problems
    }

    private static func isQualifiedNamePart(_ text: String) -> Bool {
        text.allSatisfy { isAlnum($0) || $0 == "-" || $0 == "_" || $0 == "." }
            && text.first.map(isAlnum) == true && text.last.map(isAlnum) == true
    }

    /// Upstream `IsValidPortName`: at most 15 characters, lowercase alphanumerics and '-',
    /// at least one letter, no leading, trailing or double '-'.
    static func portName(_ name: String) -> [String] {
        var problems: [String] = []
        if name.isEmpty || name.count > 15 { problems.append("must be no more than 15 characters") }
        if !name.allSatisfy({ isLowerAlnum($0) || $0 == "-" }) {
            problems.append(
                "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
        }
        if !name.contains(where: { $0.isASCII && $0.isLetter }) {
            problems.append("must contain at least one letter (a-z)")
        }
        if name.contains("--") { problems.append("must not contain consecutive hyphens") }
        if name.hasPrefix("-") || name.hasSuffix("-") {
            problems.append("must not begin or end with a hyphen")
        }
        return problems
    }
}
