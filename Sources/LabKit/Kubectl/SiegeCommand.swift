import ClusterSim

/// `siege -c20 -t40S -v http://order:8080/orders --delay=1S`, as the course runs it inside its
/// siege pod (`kubectl exec -it siege -- siege ...`): the load it starts.
enum SiegeCommand {
    /// The load, named after the pod it runs in; `namespace` is the pod's (for URLs without
    /// one).
    static func parse(_ words: [String], pod: String, namespace: String)
        throws(KubectlParseError) -> LoadSpec
    {
        var concurrency = 25  // `concurrent` in siege 4's default siege.conf
        var duration: VirtualTime?
        var delay = VirtualTime.zero
        var url: String?
        var index = 0
        func value(_ flag: String, inline: String?) throws(KubectlParseError) -> String {
            if let inline, !inline.isEmpty { return inline }
            index += 1
            guard index < words.count else {
                throw KubectlParseError("siege: option requires an argument -- \(flag)")
            }
            return words[index]
        }
        while index < words.count {
            let word = words[index]
            let (flag, inline) = Self.split(word)
            switch flag {
            case "-c", "--concurrent":
                let text = try value("c", inline: inline)
                guard let number = Int(text), number > 0 else {
                    throw KubectlParseError("siege: invalid concurrency \"\(text)\"")
                }
                concurrency = number
            case "-t", "--time":
                let text = try value("t", inline: inline)
                guard let time = Self.time(text) else {
                    throw KubectlParseError(
                        "siege: invalid time \"\(text)\"",
                        hint: "write a number with S, M or H, as in -t40S")
                }
                duration = time
            case "-d", "--delay":
                let text = try value("d", inline: inline)
                guard let seconds = Double(text.uppercased().replacingSuffix("S")), seconds >= 0
                else { throw KubectlParseError("siege: invalid delay \"\(text)\"") }
                delay = .seconds(seconds)
            case "-v", "--verbose", "-b", "--benchmark", "-q", "--quiet":
                break
            default:
                guard !word.hasPrefix("-"), url == nil else {
                    throw KubectlParseError(
                        "siege: option \(word) is not simulated",
                        hint: "supported: -c, -t, -d/--delay, -v, -b, and one URL")
                }
                url = word
            }
            index += 1
        }
        guard let duration else {
            throw KubectlParseError(
                "siege without -t runs until it is interrupted",
                hint: "give it a time, as in -t40S")
        }
        guard let url, let target = LoadTarget(url: url) else {
            throw KubectlParseError(
                "siege needs a URL: http://SERVICE[.NAMESPACE]:PORT/PATH",
                hint: "as in http://order:8080/orders")
        }
        return LoadSpec(
            name: pod, concurrency: concurrency, duration: duration, delay: delay,
            target: target, namespace: namespace)
    }

    /// `-c20` → ("-c", "20"), `--delay=1S` → ("--delay", "1S"), `-c` → ("-c", nil).
    private static func split(_ word: String) -> (String, String?) {
        if word.hasPrefix("--") {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            return (parts[0], parts.count == 2 ? parts[1] : nil)
        }
        guard word.hasPrefix("-"), word.count > 2 else { return (word, nil) }
        return (String(word.prefix(2)), String(word.dropFirst(2)))
    }

    /// siege's `-t`: a number and S, M or H (`40S`, `1M`, `1H`).
    private static func time(_ text: String) -> VirtualTime? {
        guard let unit = text.uppercased().last, let number = Double(text.dropLast()), number > 0
        else { return nil }
        switch unit {
        case "S": return .seconds(number)
        case "M": return .seconds(number * 60)
        case "H": return .seconds(number * 3600)
        default: return nil
        }
    }
}

extension String {
    fileprivate func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
