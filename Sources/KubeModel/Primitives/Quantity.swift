/// A resource amount such as `200m`, `1Gi` or `0.5` (`k8s.io/apimachinery/pkg/api/resource`).
///
/// The value is held exactly in milli-units; amounts finer than a milli-unit (`1n`) round up, as
/// upstream `MilliValue()` does, and keep their original text for display. Equality, hashing and
/// ordering are by value, so `1Gi == 1024Mi` and `0.5 == 500m`.
public struct Quantity: Sendable, CustomStringConvertible {
    /// How the amount was written, which decides how it prints (upstream `Format`).
    public enum Format: Sendable, Hashable {
        case binarySI
        case decimalSI
        case decimalExponent
    }

    /// The amount in thousandths (`200m` → 200, `1` → 1000), saturating at `Int64` bounds.
    public private(set) var milliValue: Int64
    public private(set) var format: Format
    /// Original text when the amount could not be held exactly in milli-units.
    private var inexactText: String?

    /// The message upstream gives for text that is not a quantity.
    public static let syntaxMessage =
        "quantities must match the regular expression "
        + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"

    public static let zero = Quantity(milliValue: 0)

    public init(milliValue: Int64, format: Format = .decimalSI) {
        self.milliValue = milliValue
        self.format = format
        self.inexactText = nil
    }

    /// A whole number of units (`Quantity(units: 2)` is `2`).
    public init(units: Int64, format: Format = .decimalSI) {
        let (milli, overflow) = units.multipliedReportingOverflow(by: 1000)
        self.init(milliValue: overflow ? (units < 0 ? .min : .max) : milli, format: format)
    }

    /// Parses the text form; nil when it does not match upstream's grammar.
    public init?(_ text: String) {
        guard let parsed = QuantityParser.parse(text) else { return nil }
        self.milliValue = parsed.milli
        self.format = parsed.format
        self.inexactText = parsed.exact ? nil : text
    }

    /// The amount in whole units, rounded up (upstream `Value()`).
    public var value: Int64 {
        let (quotient, remainder) = milliValue.quotientAndRemainder(dividingBy: 1000)
        return remainder > 0 ? quotient + 1 : quotient
    }

    public var isZero: Bool { milliValue == 0 }

    /// The amount rounded up to milli scale, as `Quantity.RoundUp(-3)` leaves it.
    ///
    /// `1n` and `0.1m` become `1m` (the value already is; the text follows). Amounts that
    /// saturated keep their text.
    public var roundedUpToMilli: Quantity {
        guard inexactText != nil, milliValue != .max, milliValue != .min else { return self }
        return Quantity(milliValue: milliValue, format: format)
    }

    /// The canonical text upstream prints (`1536Mi`, `500m`, `1k`).
    public var description: String {
        if let inexactText { return inexactText }
        return QuantityFormatter.canonical(milliValue: milliValue, format: format)
    }
}

extension Quantity: Hashable, Comparable {
    public static func == (lhs: Quantity, rhs: Quantity) -> Bool {
        lhs.milliValue == rhs.milliValue
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(milliValue)
    }

    public static func < (lhs: Quantity, rhs: Quantity) -> Bool {
        lhs.milliValue < rhs.milliValue
    }
}

extension Quantity {
    public static func + (lhs: Quantity, rhs: Quantity) -> Quantity {
        let (sum, overflow) = lhs.milliValue.addingReportingOverflow(rhs.milliValue)
        return Quantity(milliValue: overflow ? .max : sum, format: lhs.format)
    }

    public static func - (lhs: Quantity, rhs: Quantity) -> Quantity {
        let (difference, overflow) = lhs.milliValue.subtractingReportingOverflow(rhs.milliValue)
        return Quantity(milliValue: overflow ? .min : difference, format: lhs.format)
    }
}
