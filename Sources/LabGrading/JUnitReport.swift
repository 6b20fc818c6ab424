extension Gradebook {
    /// `junit.xml`: one `testsuite` per student, one `testcase` per check.
    ///
    /// A testcase's `classname` is `student.lab`; a failed check is a `failure`, a skipped one
    /// `skipped`, a lab that could not be graded an `error`. Flags are `flag` properties and
    /// the suite's `system-out`.
    public func junit() -> String {
        let checkCount = labs.reduce(0) { $0 + $1.checks.count }
        var failures = 0
        var errors = 0
        var suites = ""
        for student in students {
            var suiteFailures = 0
            var suiteErrors = 0
            var skipped = 0
            var cases = ""
            for lab in labs {
                let graded = student.labs.first { $0.lab == lab.id }
                for check in lab.checks {
                    let result = graded?.checks.first { $0.id == check.id }
                    let name = XML.escape(check.id)
                    let classname = XML.escape("\(student.id).\(lab.id)")
                    cases += "    <testcase classname=\"\(classname)\" name=\"\(name)\">"
                    let message = XML.escape(result?.message ?? "not graded")
                    if graded == nil || (graded?.status != .graded && result?.status != .passed) {
                        suiteErrors += 1
                        let status = XML.escape((graded?.status ?? .missing).rawValue)
                        cases += "<error type=\"\(status)\" message=\"\(message)\"/>"
                    } else if result?.status == .failed {
                        suiteFailures += 1
                        cases += "<failure type=\"failed\" message=\"\(message)\"/>"
                    } else if result?.status == .skipped {
                        skipped += 1
                        cases += "<skipped message=\"\(message)\"/>"
                    }
                    cases += "</testcase>\n"
                }
            }
            failures += suiteFailures
            errors += suiteErrors
            var properties = "    <properties>\n"
            properties +=
                "      <property name=\"points\" value=\"\(student.points)/\(student.maxPoints)\"/>\n"
            properties +=
                "      <property name=\"commit\" value=\"\(XML.escape(student.commit ?? ""))\"/>\n"
            for flag in student.flags {
                properties += "      <property name=\"flag\" value=\"\(XML.escape(flag.text))\"/>\n"
            }
            properties += "    </properties>\n"
            let out = student.flags.map(\.text).joined(separator: "\n")
            suites +=
                "  <testsuite name=\"\(XML.escape(student.id))\" tests=\"\(checkCount)\" "
                + "failures=\"\(suiteFailures)\" errors=\"\(suiteErrors)\" skipped=\"\(skipped)\">\n"
                + properties + cases
                + "    <system-out>\(XML.escape(out))</system-out>\n  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"lab grade\" tests=\"\(checkCount * students.count)\" "
            + "failures=\"\(failures)\" errors=\"\(errors)\">\n" + suites + "</testsuites>\n"
    }
}

/// Escaping for XML 1.0 text and attributes.
enum XML {
    /// Escapes markup characters and replaces characters XML 1.0 cannot hold (control
    /// characters from a hostile file name) with U+FFFD.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            case "\t": result += "&#9;"
            default:
                let value = scalar.value
                let allowed =
                    value >= 0x20 && !(0xD800...0xDFFF).contains(value) && value != 0xFFFE
                    && value != 0xFFFF
                result.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return result
    }
}
