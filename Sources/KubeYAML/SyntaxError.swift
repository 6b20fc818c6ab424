internal import CYaml

/// Rewords libyaml's syntax errors for someone who pasted YAML from a lecture.
enum SyntaxError {
    static func failure(from parser: yaml_parser_t) -> YAMLComposer.Failure {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        let mark = parser.problem_mark
        let line = Int(mark.line) + 1
        let column = Int(mark.column) + 1
        let (message, hint) = reword(problem)
        return YAMLComposer.Failure(message: message, line: line, column: column, hint: hint)
    }

    private static func reword(_ problem: String) -> (String, String?) {
        switch problem {
        case "mapping values are not allowed in this context":
            return (
                "unexpected \":\" here: this line does not fit the indentation around it",
                "line it up with the keys it belongs with, or quote a value that contains \": \""
            )
        case "did not find expected key":
            return (
                "this line is indented differently from the keys above it",
                "keys of the same map must start in the same column"
            )
        case "could not find expected ':'":
            return (
                "expected \"key: value\" but found a line without \":\"",
                "a stray word or a pasted shell line breaks the YAML; delete it or add \": value\""
            )
        case "did not find expected '-' indicator":
            return (
                "this line breaks a list: it is not indented like the list items above it",
                "start every item of the list with \"- \" in the same column"
            )
        case "found character that cannot start any token":
            return (
                "found a character that cannot start a YAML value",
                "tabs, \"@\" and \"`\" cannot start a value; use spaces and quote such values"
            )
        case "found unexpected end of stream":
            return ("the file ends inside a quoted value", "close the quote")
        case "block sequence entries are not allowed in this context":
            return (
                "a list item (\"- \") cannot start here",
                "put the list on its own lines under its key, indented by two spaces"
            )
        default:
            return (problem, nil)
        }
    }
}
