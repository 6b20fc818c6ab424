/// Prints a quantity the way upstream `Quantity.String()` canonicalizes it.
enum QuantityFormatter {
    private static let decimalSuffixes: [(exponent: Int, suffix: String)] = [
        (15, "P"), (12, "T"), (9, "G"), (6, "M"), (3, "k"), (0, ""), (-3, "m"),
    ]
    private static let binarySuffixes = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]

    static func canonical(milliValue: Int64, format: Quantity.Format) -> String {
        if milliValue == 0 { return "0" }
        // Upstream prints small or fractional binary amounts in decimal to avoid rounding.
        if format == .binarySI, milliValue % 1000 == 0, abs(milliValue / 1000) >= 1024 {
            return binary(milliValue / 1000)
        }
        return decimal(milliValue, exponentForm: format == .decimalExponent)
    }

    private static func binary(_ units: Int64) -> String {
        var value = units
        var power = 0
        while power < binarySuffixes.count - 1, value % 1024 == 0 {
            value /= 1024
            power += 1
        }
        return "\(value)\(binarySuffixes[power])"
    }

    private static func decimal(_ milli: Int64, exponentForm: Bool) -> String {
        for (exponent, suffix) in decimalSuffixes {
            let divisor = power10(exponent + 3)
            guard milli % divisor == 0 else { continue }
            let mantissa = milli / divisor
            if exponentForm {
                return exponent == 0 ? "\(mantissa)" : "\(mantissa)e\(exponent)"
            }
            return "\(mantissa)\(suffix)"
        }
        return "\(milli)m"
    }

    private static func power10(_ exponent: Int) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
