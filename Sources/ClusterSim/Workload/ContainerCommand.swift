/// A command run inside a container (an `exec` probe), against the image's model: the programs
/// on its `$PATH` and the files it holds are the catalogue's `executables` and `files`, and a
/// request to the container's own port gets what the application answers.
///
/// The programs whose behaviour is modelled are `true`, `false`, `echo`, `sleep`, `cat`, `ls`,
/// `test`/`[`, `sh -c`/`bash -c` (commands joined by `&&`, `||` and `;`, and `exit N`), and
/// `curl`/`wget` to the container itself. A program the image lacks cannot be started, as the
/// runtime says; one the image has whose behaviour is not modelled is refused by name, never
/// guessed.
struct ContainerCommand {
    /// What a request to the container's own application gets.
    enum HTTPAnswer: Equatable {
        case status(Int)
        case refused
    }

    /// How a run ended.
    enum Outcome: Equatable {
        /// The program ran: its exit code and combined output.
        case exited(code: Int, output: String)
        /// The runtime could not start it (`exec: "foo": executable file not found in $PATH`).
        case notStarted(String)
        /// It ran longer than allowed (`sleep 5` under `timeoutSeconds: 1`).
        case timedOut(seconds: Double)
        /// The image has the program, but the simulation does not model what it does.
        case unmodelled(String)
    }

    let executables: Set<String>
    let files: Set<String>
    let podIP: String
    /// Seconds the command may run (`timeoutSeconds`); a longer `sleep` times out.
    let timeout: Double
    /// The answer of the application to `GET path` on `port`.
    let request: (_ port: Int, _ path: String) -> HTTPAnswer

    /// Runs `argv` as the runtime's exec would (no shell unless the command names one).
    func run(_ argv: [String]) -> Outcome {
        guard let program = argv.first else { return .notStarted(Self.notFound("")) }
        guard has(program) else {
            return .notStarted(
                program.contains("/") ? Self.noSuchFile(program) : Self.notFound(program))
        }
        return builtin(name(of: program), Array(argv.dropFirst()), shell: nil)
    }

    static func notFound(_ program: String) -> String {
        "exec: \"\(program)\": executable file not found in $PATH"
    }

    static func noSuchFile(_ path: String) -> String {
        "exec: \"\(path)\": stat \(path): no such file or directory"
    }

    private func name(of program: String) -> String {
        String(program.split(separator: "/").last ?? Substring(program))
    }

    /// A program by name or by path; a path counts where the image has that program (images
    /// keep them in /bin, /usr/bin and the like).
    private func has(_ program: String) -> Bool {
        executables.contains(name(of: program))
    }

    private func builtin(_ program: String, _ arguments: [String], shell: String?) -> Outcome {
        switch program {
        case "true": return .exited(code: 0, output: "")
        case "false": return .exited(code: 1, output: "")
        case "echo": return .exited(code: 0, output: arguments.joined(separator: " ") + "\n")
        case "sleep":
            let seconds = arguments.first.flatMap(Double.init) ?? 0
            return seconds >= timeout ? .timedOut(seconds: timeout) : .exited(code: 0, output: "")
        case "cat", "ls":
            for path in arguments where !path.hasPrefix("-") && !files.contains(path) {
                let message =
                    program == "cat"
                    ? "cat: \(path): No such file or directory"
                    : "ls: cannot access '\(path)': No such file or directory"
                return .exited(code: program == "cat" ? 1 : 2, output: message + "\n")
            }
            return .exited(code: 0, output: "")
        case "test", "[":
            return test(
                program == "[" ? arguments.dropLast(arguments.last == "]" ? 1 : 0) : arguments[...])
        case "sh", "bash":
            guard arguments.count >= 2, arguments[0] == "-c" else {
                return .unmodelled("\(program) without -c")
            }
            return script(arguments[1], shell: program)
        case "curl": return curl(arguments)
        case "wget": return wget(arguments)
        default: return .unmodelled(program)
        }
    }

    /// `test -f FILE`, `test -e FILE`, `test -s FILE`, `test A = B`, `test ! ...`.
    private func test(_ arguments: ArraySlice<String>) -> Outcome {
        var words = arguments
        var negate = false
        if words.first == "!" {
            negate = true
            words = words.dropFirst()
        }
        let holds: Bool
        switch Array(words) {
        case let w where w.count == 2 && ["-f", "-e", "-s", "-r"].contains(w[0]):
            holds = files.contains(w[1])
        case let w where w.count == 3 && (w[1] == "=" || w[1] == "=="):
            holds = w[0] == w[2]
        case let w where w.count == 3 && w[1] == "!=":
            holds = w[0] != w[2]
        case let w where w.count == 1:
            holds = !w[0].isEmpty
        default:
            return .unmodelled("test " + words.joined(separator: " "))
        }
        return .exited(code: holds != negate ? 0 : 1, output: "")
    }

    /// `sh -c SCRIPT`: simple commands joined by `&&`, `||` and `;`, with `exit N`.
    private func script(_ text: String, shell: String) -> Outcome {
        var output = ""
        var status = 0
        var skip = false
        for (connector, words) in ShellWords.commands(in: text) {
            switch connector {
            case "&&": skip = status != 0
            case "||": skip = status == 0
            case "|": return .unmodelled("a pipe (|)")
            default: skip = false
            }
            if skip || words.isEmpty { continue }
            if words[0] == "exit" {
                return .exited(
                    code: words.count > 1 ? (Int(words[1]) ?? 2) : status, output: output)
            }
            guard has(words[0]) else {
                // dash: "sh: 1: foo: not found"; bash: "bash: line 1: foo: command not found".
                output +=
                    shell == "bash"
                    ? "bash: line 1: \(words[0]): command not found\n"
                    : "sh: 1: \(words[0]): not found\n"
                status = 127
                continue
            }
            switch builtin(name(of: words[0]), Array(words.dropFirst()), shell: shell) {
            case .exited(let code, let text):
                output += text
                status = code
            case let other:
                return other
            }
        }
        return .exited(code: status, output: output)
    }

    /// `curl [-f] [-s] [-S] [-o FILE] URL` to the container itself.
    private func curl(_ arguments: [String]) -> Outcome {
        var fail = false
        var silent = false
        var showError = false
        var url: String?
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            switch word {
            case "-f", "--fail", "--fail-with-body": fail = true
            case "-s", "--silent": silent = true
            case "-S", "--show-error": showError = true
            case "-o", "--output", "-m", "--max-time", "--connect-timeout", "-w", "--write-out",
                "-H", "--header", "-X", "--request":
                index += 1
            default:
                if word.hasPrefix("-"), !word.hasPrefix("--"), word.count > 2 {
                    // Combined short flags: -fsS.
                    let letters = Set(word.dropFirst())
                    fail = fail || letters.contains("f")
                    silent = silent || letters.contains("s")
                    showError = showError || letters.contains("S")
                } else if !word.hasPrefix("-") {
                    url = word
                }
            }
            index += 1
        }
        let quiet = silent && !showError
        guard let url, let target = target(of: url) else {
            return .exited(
                code: 3,
                output: quiet ? "" : "curl: (3) URL using bad/illegal format or missing URL\n")
        }
        guard let port = target.port else {
            return .exited(
                code: 6, output: quiet ? "" : "curl: (6) Could not resolve host: \(target.host)\n")
        }
        switch request(port, target.path) {
        case .refused:
            return .exited(
                code: 7,
                output: quiet
                    ? ""
                    : "curl: (7) Failed to connect to \(target.host) port \(port) after 0 ms: "
                        + "Couldn't connect to server\n")
        case .status(let code) where code >= 400 && fail:
            return .exited(
                code: 22,
                output: quiet ? "" : "curl: (22) The requested URL returned error: \(code)\n")
        case .status:
            return .exited(code: 0, output: "")
        }
    }

    /// `wget [-q] [-O FILE] [--spider] URL` to the container itself (busybox's wording).
    private func wget(_ arguments: [String]) -> Outcome {
        var url: String?
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if ["-O", "-T", "--timeout", "-U"].contains(word) {
                index += 1
            } else if !word.hasPrefix("-") {
                url = word
            }
            index += 1
        }
        guard let url, let target = target(of: url) else {
            return .exited(code: 1, output: "wget: bad address\n")
        }
        guard let port = target.port else {
            return .exited(code: 1, output: "wget: bad address '\(target.host)'\n")
        }
        switch request(port, target.path) {
        case .refused:
            return .exited(
                code: 1,
                output:
                    "wget: can't connect to remote host (\(target.address)): Connection refused\n")
        case .status(let code) where code >= 400:
            let reason = code == 404 ? "Not Found" : code == 503 ? "Service Unavailable" : "Error"
            return .exited(
                code: 1, output: "wget: server returned error: HTTP/1.1 \(code) \(reason)\n")
        case .status:
            return .exited(code: 0, output: "")
        }
    }

    /// Host, port and path of `http://HOST[:PORT]/PATH`; the port is nil for a host other than
    /// the container itself (only its own application is modelled).
    private func target(of url: String) -> (
        host: String, address: String, port: Int?, path: String
    )? {
        var rest = Substring(url)
        if rest.hasPrefix("http://") {
            rest = rest.dropFirst(7)
        } else if rest.contains("://") {
            return nil
        }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        let authority = rest[..<slash]
        let path = slash < rest.endIndex ? String(rest[slash...]) : "/"
        let parts = authority.split(separator: ":", maxSplits: 1)
        guard let host = parts.first.map(String.init), !host.isEmpty else { return nil }
        let port = parts.count == 2 ? Int(parts[1]) : 80
        let local = ["localhost", "127.0.0.1", "0.0.0.0", podIP].contains(host)
        let address = host == "localhost" ? "127.0.0.1" : host
        return (host, address, local ? port : nil, path)
    }
}

/// Splits a shell script into simple commands and their words (single and double quotes
/// respected), each with the operator before it (`&&`, `||`, `;`, or empty for the first).
enum ShellWords {
    static func commands(in text: String) -> [(connector: String, words: [String])] {
        var commands: [(String, [String])] = []
        var connector = ""
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var characters = Array(text)[...]
        // `a | b` is marked with the connector "|" (pipes are not modelled).
        func endWord() {
            if inWord { words.append(word) }
            word = ""
            inWord = false
        }
        func endCommand(_ next: String) {
            endWord()
            commands.append((connector, words))
            words = []
            connector = next
        }
        while let character = characters.popFirst() {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                inWord = true
            case " ", "\t", "\n":
                endWord()
            case ";":
                endCommand(";")
            case "&" where characters.first == "&":
                characters = characters.dropFirst()
                endCommand("&&")
            case "|" where characters.first == "|":
                characters = characters.dropFirst()
                endCommand("||")
            case "|":
                endCommand("|")
            default:
                word.append(character)
                inWord = true
            }
        }
        endCommand("")
        return commands
    }
}
