public import KubeModel

/// A field of an object as a check names it: kubectl's dotted path with indices
/// (`spec.template.spec.containers[0].image`), where a list entry may also be picked by what it
/// holds (`spec.metrics[resource.name=cpu].resource.target.averageUtilization`,
/// `spec.template.spec.containers[name=order]`), or every entry (`containers[*]`: each must
/// compare), so a check does not depend on the order a student wrote a list in.
public struct ValuePath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
        /// The first entry whose value at `field` is `value` (as text).
        case entry(field: [String], value: String)
        /// Every entry (`[*]`).
        case every
    }

    public var components: [Component]
    public let description: String

    /// Parses the path; nil when a bracket is not closed or holds neither an index nor
    /// `FIELD=VALUE`.
    public init?(_ text: String) {
        var components: [Component] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]") else { return nil }
                let inner = rest[rest.index(after: rest.startIndex)..<close]
                if let index = Int(inner), index >= 0 {
                    components.append(.index(index))
                } else if inner == "*" {
                    components.append(.every)
                } else if let equals = inner.firstIndex(of: "=") {
                    let field = inner[..<equals].split(separator: ".").map(String.init)
                    var value = String(inner[inner.index(after: equals)...])
                    if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'",
                        value.last == quote
                    {
                        value = String(value.dropFirst().dropLast())
                    }
                    guard !field.isEmpty, !field.contains(where: \.isEmpty) else { return nil }
                    components.append(.entry(field: field, value: value))
                } else {
                    return nil
                }
                rest = rest[rest.index(after: close)...]
                if rest.hasPrefix(".") { rest = rest.dropFirst() }
            } else {
                let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                guard end > rest.startIndex else { return nil }
                components.append(.key(String(rest[..<end])))
                rest = rest[end...]
                if rest.hasPrefix(".") { rest = rest.dropFirst() }
            }
        }
        guard !components.isEmpty else { return nil }
        self.components = components
        description = text
    }

    /// The value at the path, or nil when a step of it is absent; with `[*]`, the first
    /// entry's.
    public func value(in root: OpaqueValue) -> OpaqueValue? {
        values(in: root).first ?? nil
    }

    /// The values at the path: one, or one per entry for each `[*]` (none for an empty list);
    /// nil where a step is absent.
    public func values(in root: OpaqueValue) -> [OpaqueValue?] {
        var current: [OpaqueValue?] = [root]
        for component in components {
            current = current.flatMap { value -> [OpaqueValue?] in
                guard let value else { return [nil] }
                switch (component, value) {
                case (.key(let key), .object(let members)):
                    return [members[key]]
                case (.index(let index), .array(let items)) where items.indices.contains(index):
                    return [items[index]]
                case (.entry(let field, let wanted), .array(let items)):
                    return [items.first { Self.entry($0, has: field, wanted) }]
                case (.every, .array(let items)):
                    return items.map { $0 }
                default:
                    return [nil]
                }
            }
        }
        return current
    }

    /// The path with entries picked by content replaced by their indices, as far as it
    /// resolves in `root`: where a field is (or, when absent, where it would go) in a manifest.
    public func concrete(in root: OpaqueValue) -> FieldPath {
        var path = FieldPath()
        var current: OpaqueValue? = root
        for component in components {
            switch component {
            case .key(let key):
                path = path.appending(key)
                if case .object(let members)? = current {
                    current = members[key]
                } else {
                    current = nil
                }
            case .index(let index):
                path = path.appending(index: index)
                if case .array(let items)? = current, items.indices.contains(index) {
                    current = items[index]
                } else {
                    current = nil
                }
            case .entry(let field, let value):
                guard case .array(let items)? = current,
                    let index = items.firstIndex(where: { Self.entry($0, has: field, value) })
                else { return path }
                path = path.appending(index: index)
                current = items[index]
            case .every:
                guard case .array(let items)? = current, let first = items.first else {
                    return path
                }
                path = path.appending(index: 0)
                current = first
            }
        }
        return path
    }

    private static func entry(_ item: OpaqueValue, has field: [String], _ value: String) -> Bool {
        var current = item
        for key in field {
            guard case .object(let members) = current, let next = members[key] else {
                return false
            }
            current = next
        }
        return current.plainText == value
    }
}
