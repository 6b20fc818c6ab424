/// A line that is not YAML but came along when copying from lecture notes.
struct PastedLine {
    let message: String
    let hint: String
    let column: Int

    static func classify(_ line: String) -> PastedLine? {
        let trimmed = line.drop { $0 == " " }
        let column = line.count - trimmed.count + 1
        let word = String(trimmed.trimmingTrailingSpaces)
        if ["EOF", "END", "EOL", "YAML"].contains(word) {
            return PastedLine(
                message: "heredoc terminator \"\(word)\" pasted into the manifest",
                hint:
                    "delete this line: \"\(word)\" ends a shell heredoc (kubectl apply -f - <<\(word)), it is not YAML",
                column: column)
        }
        if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
            return PastedLine(
                message: "Markdown code fence pasted into the manifest",
                hint: "delete this line: the fence belongs to the lecture notes, not to the YAML",
                column: column)
        }
        let shell = trimmed.hasPrefix("$ ") ? trimmed.dropFirst(2) : trimmed
        let commands = ["kubectl ", "cat <<", "cat >", "cat<<", "siege ", "helm ", "aws "]
        if commands.contains(where: { shell.hasPrefix($0) }) || shell.contains("<<EOF")
            || shell.contains("<< EOF") || shell.contains("<<'EOF'")
        {
            return PastedLine(
                message: "shell command pasted into the manifest",
                hint: "delete this line: run commands in a terminal and keep only YAML in the file",
                column: column)
        }
        return nil
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
