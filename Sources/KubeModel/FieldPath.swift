/// A path to a field inside an object, as kubectl prints it: `spec.template.spec.containers[0]`.
///
/// Keys keep their API names, so a path equals the YAML path of the field in the manifest.
public struct FieldPath: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Component: Sendable, Hashable, Codable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// Parses the dotted form (`spec.containers[0].image`); keys may not contain dots or brackets.
    public init(_ dotted: String) {
        var components: [Component] = []
        for part in dotted.split(separator: ".") {
            var rest = Substring(part)
            if let bracket = rest.firstIndex(of: "[") {
                if bracket > rest.startIndex { components.append(.key(String(rest[..<bracket]))) }
                rest = rest[bracket...]
                while rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
                    let inner = rest[rest.index(after: rest.startIndex)..<close]
                    components.append(Int(inner).map(Component.index) ?? .key(String(inner)))
                    rest = rest[rest.index(after: close)...]
                }
            } else {
                components.append(.key(String(rest)))
            }
        }
        self.components = components
    }

    public static let root = FieldPath()

    public var isRoot: Bool { components.isEmpty }

    public func appending(_ key: String) -> FieldPath {
        FieldPath(components + [.key(key)])
    }

    public func appending(index: Int) -> FieldPath {
        FieldPath(components + [.index(index)])
    }

    public static func + (lhs: FieldPath, rhs: FieldPath) -> FieldPath {
        FieldPath(lhs.components + rhs.components)
    }

    /// The last key, if the path ends in one.
    public var lastKey: String? {
        if case .key(let key)? = components.last { return key }
        return nil
    }

    public var parent: FieldPath {
        FieldPath(Array(components.dropLast()))
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }
}

extension FieldPath: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self.init(value)
    }
}
