/// The characters YAML 1.1 (and so libyaml, which reports the positions) breaks lines at.
enum YAMLBreak {
    /// LF, CR, NEL (U+0085), LINE SEPARATOR (U+2028), PARAGRAPH SEPARATOR (U+2029); a CR LF
    /// pair is one break, which callers handle by skipping the LF after a CR.
    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
