extension Ingress {
    /// ingress-nginx annotation prefix (kubernetes.github.io/ingress-nginx, "Canary").
    static let canaryAnnotation = "nginx.ingress.kubernetes.io/canary"
    static let canaryWeightAnnotation = "nginx.ingress.kubernetes.io/canary-weight"
    static let canaryHeaderAnnotation = "nginx.ingress.kubernetes.io/canary-by-header"

    /// True when ingress-nginx treats this Ingress as a canary (`canary: "true"`).
    public var isCanary: Bool {
        metadata.annotations?[Self.canaryAnnotation] == "true"
    }

    /// The percentage of traffic sent to the canary, when set and a whole number.
    public var canaryWeight: Int? {
        guard let text = metadata.annotations?[Self.canaryWeightAnnotation] else { return nil }
        return Int(text.trimmingSpaces)
    }

    /// The request header that routes to the canary when its value is `always`.
    public var canaryHeader: String? {
        metadata.annotations?[Self.canaryHeaderAnnotation]
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
