/// Finds the first byte that is not valid UTF-8, with its line and column.
enum UTF8Check {
    struct Invalid {
        let byte: UInt8
        let line: Int
        let column: Int
    }

    static func firstInvalid(in bytes: ArraySlice<UInt8>) -> Invalid? {
        var line = 1
        var column = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return Invalid(byte: lead, line: line, column: column)
            }
            guard index + length <= bytes.endIndex else {
                return Invalid(byte: lead, line: line, column: column)
            }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return Invalid(byte: bytes[index + offset], line: line, column: column)
            }
            guard length < 3 || isValidSequence(bytes[index..<index + length]) else {
                return Invalid(byte: lead, line: line, column: column)
            }
            // Lines as SourceText counts them: every YAML line break, CR LF once.
            let scalar = String(decoding: bytes[index..<index + length], as: UTF8.self)
                .unicodeScalars.first
            let isCRLF = lead == 0x0A && index > bytes.startIndex && bytes[index - 1] == 0x0D
            if let scalar, YAMLBreak.isBreak(scalar), !isCRLF {
                line += 1
                column = 1
            } else if !isCRLF {
                column += 1
            }
            index += length
        }
        return nil
    }

    /// Rejects overlong forms, surrogates and code points past U+10FFFF.
    private static func isValidSequence(_ bytes: ArraySlice<UInt8>) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }
}
