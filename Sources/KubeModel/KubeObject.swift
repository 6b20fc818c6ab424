/// A Kubernetes object kind the course uses: typed fields with their API names, upstream
/// defaulting and upstream validation.
///
/// Decoding contract (the YAML loader relies on it): fields are synthesized `Codable` properties
/// named exactly as in the API. A non-optional property is a required field; an optional one may
/// be absent. Every field a type accepts is asked for during decoding, so anything else in the
/// manifest is an unknown field.
public protocol KubeObject: Codable, Sendable, Hashable {
    /// The kind, as written in `kind:`.
    static var kind: String { get }
    /// Every `apiVersion` this Swift type decodes, the preferred one first.
    static var apiVersions: [String] { get }

    var apiVersion: String { get set }
    var kind: String { get set }
    var metadata: ObjectMeta { get set }

    /// Fills in what the API server would (`pkg/apis/*/v1/defaults.go`).
    mutating func applyDefaults()

    /// Checks what the API server would reject, after defaulting. Paths are from the object root.
    func validate() -> [FieldError]
}

extension KubeObject {
    /// The typed key of this object in a cluster's store.
    public var key: ObjectKey {
        ObjectKey(
            kind: Self.kind, namespace: metadata.namespace ?? "default", name: metadata.name ?? "")
    }
}

/// A scalar read as text, whatever YAML type it resolved to: for fields such as quantities and
/// int-or-string that accept both `200m` and `0.5`.
public struct RawScalar: Sendable, Hashable, Decodable {
    public var text: String
    /// True when the YAML scalar was a plain (unquoted) number.
    public var isNumber: Bool

    public init(text: String, isNumber: Bool) {
        self.text = text
        self.isNumber = isNumber
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let int = try? container.decode(Int.self) {
            self.init(text: String(int), isNumber: true)
        } else if let double = try? container.decode(Double.self) {
            self.init(text: String(double), isNumber: true)
        } else {
            self.init(text: try container.decode(String.self), isNumber: false)
        }
    }
}

/// A string-valued enumeration of the API (`imagePullPolicy`, `Service.spec.type`, ...).
///
/// The
/// loader reports a value outside `allCases` with the supported values listed.
public protocol KubeEnum: CaseIterable, Codable, Sendable, Hashable, RawRepresentable
where RawValue == String {}

extension KubeEnum {
    /// Sorted, as upstream lists them in "supported values".
    public static var supportedValues: [String] { allCases.map(\.rawValue).sorted() }
}
