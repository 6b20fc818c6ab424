/// Parses quantity text into exact milli-units (upstream `ParseQuantity`).
enum QuantityParser {
    struct Parsed {
        var milli: Int64
        var format: Quantity.Format
        /// False when rounding to milli-units (or saturation) lost precision.
        var exact: Bool
    }

    private static let binarySuffixes: [String: Int] = [
        "Ki": 1, "Mi": 2, "Gi": 3, "Ti": 4, "Pi": 5, "Ei": 6,
    ]
    private static let decimalSuffixes: [String: Int] = [
        "n": -9, "u": -6, "m": -3, "": 0, "k": 3, "M": 6, "G": 9, "T": 12, "P": 15, "E": 18,
    ]

    static func parse(_ text: String) -> Parsed? {
        var chars = Substring(text)
        var negative = false
        if let first = chars.first, first == "+" || first == "-" {
            negative = first == "-"
            chars = chars.dropFirst()
        }
        let numberPart = chars.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let suffix = String(chars.dropFirst(numberPart.count))
        guard let mantissa = Mantissa(numberPart) else { return nil }
        guard let (format, exponent10, binaryPower) = interpret(suffix) else { return nil }
        var result = scale(
            mantissa, exponent10: exponent10 - mantissa.fractionDigits + 3,
            binaryPower: binaryPower)
        if negative { result.milli = -result.milli }
        return Parsed(milli: result.milli, format: format, exact: result.exact)
    }

    /// Suffix → format, power of ten, power of 1024.
    private static func interpret(_ suffix: String) -> (Quantity.Format, Int, Int)? {
        if let power = binarySuffixes[suffix] { return (.binarySI, 0, power) }
        if let exponent = decimalSuffixes[suffix] { return (.decimalSI, exponent, 0) }
        guard let first = suffix.first, first == "e" || first == "E" else { return nil }
        var digits = suffix.dropFirst()
        var sign = 1
        if let mark = digits.first, mark == "+" || mark == "-" {
            sign = mark == "-" ? -1 : 1
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            digits.count <= 4, let exponent = Int(digits)
        else { return nil }
        return (.decimalExponent, sign * exponent, 0)
    }

    /// Digits of the number part with the decimal point removed.
    struct Mantissa {
        var significand: Int64
        var fractionDigits: Int
        /// True when digits beyond 18 significant ones were dropped (and were not all zero).
        var truncated: Bool

        init?(_ text: Substring) {
            guard text.filter({ $0 == "." }).count <= 1, text.contains(where: \.isNumber) else {
                return nil
            }
            var significand: Int64 = 0
            var fractionDigits = 0
            var afterPoint = false
            var truncated = false
            var significantDigits = 0
            for char in text {
                if char == "." {
                    afterPoint = true
                    continue
                }
                guard let digit = char.wholeNumberValue else { return nil }
                if significantDigits >= 18 {
                    // Past Int64 precision: integer digits still scale, fraction digits drop.
                    if !afterPoint { fractionDigits -= 1 }
                    if digit != 0 { truncated = true }
                    continue
                }
                significand = significand * 10 + Int64(digit)
                if significand > 0 { significantDigits += 1 }
                if afterPoint { fractionDigits += 1 }
            }
            self.significand = significand
            self.fractionDigits = fractionDigits
            self.truncated = truncated
        }
    }

    /// `significand × 1024^binaryPower × 10^exponent10`, rounded up to an integer.
    private static func scale(
        _ mantissa: Mantissa, exponent10: Int, binaryPower: Int
    ) -> (milli: Int64, exact: Bool) {
        var value = mantissa.significand
        var exact = !mantissa.truncated
        var overflow = false
        for _ in 0..<binaryPower {
            (value, overflow) = value.multipliedReportingOverflow(by: 1024)
            if overflow { return (.max, false) }
        }
        if exponent10 >= 0 {
            for _ in 0..<exponent10 where value != 0 {
                (value, overflow) = value.multipliedReportingOverflow(by: 10)
                if overflow { return (.max, false) }
            }
            return (value, exact)
        }
        var remainderSeen = false
        for _ in 0..<(-exponent10) {
            if value == 0 { break }
            if value % 10 != 0 { remainderSeen = true }
            value /= 10
        }
        if remainderSeen || (mantissa.truncated && value == 0) {
            value += 1
            exact = false
        }
        return (value, exact)
    }
}
