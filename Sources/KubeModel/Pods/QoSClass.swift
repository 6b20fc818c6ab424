/// A pod's quality-of-service class, which orders evictions under node pressure.
public enum QoSClass: String, KubeEnum {
    case guaranteed = "Guaranteed"
    case burstable = "Burstable"
    case bestEffort = "BestEffort"
}
