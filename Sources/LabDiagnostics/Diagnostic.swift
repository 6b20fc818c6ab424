/// One problem found in a student's input, with where it is and what to do about it.
///
/// Messages follow kubectl's wording: lowercase, no trailing period, field paths and values in
/// double quotes. The field path equals the YAML path (`spec.template.spec.containers[0].image`).
public struct Diagnostic: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error
        case warning
        case note

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// The Kubernetes field path the problem is about, when there is one.
    public var fieldPath: String?
    /// The text of the source line `location` points into, for the caret display.
    public var sourceLine: String?
    public var notes: [String]
    /// One sentence telling a beginner what to do.
    public var hint: String?

    public init(
        _ severity: Severity,
        _ message: String,
        at location: SourceLocation? = nil,
        fieldPath: String? = nil,
        sourceLine: String? = nil,
        notes: [String] = [],
        hint: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.fieldPath = fieldPath
        self.sourceLine = sourceLine
        self.notes = notes
        self.hint = hint
    }

    public static func error(
        _ message: String,
        at location: SourceLocation? = nil,
        fieldPath: String? = nil,
        hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, message, at: location, fieldPath: fieldPath, hint: hint)
    }

    public static func warning(
        _ message: String,
        at location: SourceLocation? = nil,
        fieldPath: String? = nil,
        hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, message, at: location, fieldPath: fieldPath, hint: hint)
    }
}

extension Diagnostic: CustomStringConvertible {
    /// The one-line compiler form, `file:line:col: error: message`.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Orders by file, line and column, keeping the order found for equal positions.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            let (l, r) = (lhs.element.location, rhs.element.location)
            if l != r, let l, let r { return l < r }
            if (l == nil) != (r == nil) { return l != nil }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
