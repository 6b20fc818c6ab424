import KubeModel

/// How long `throughout` runs: a duration (`60s`), or until a milestone
/// (`until drain finished`, `until drain node-1 finished`, `until load siege finished`), or to
/// the end of the run (`until end`).
struct ScenarioSpan: Decodable {
    var duration: ScenarioDuration?
    var milestone: Milestone?

    init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(RawScalar.self)
        if let parsed = ScenarioDuration(parsing: raw.text) {
            duration = parsed
            return
        }
        if let milestone = Self.milestone(raw.text) {
            self.milestone = milestone
            return
        }
        let hint = raw.isNumber ? "; add a unit, as in \"\(raw.text)s\"" : ""
        throw DecodingError.dataCorrupted(
            .init(
                codingPath: decoder.codingPath,
                debugDescription:
                    "expected a duration such as \"30s\" or \"5m\", or \"until drain finished\", "
                    + "\"until drain NODE finished\", \"until load NAME finished\", "
                    + "\"until end\"" + hint))
    }

    static func milestone(_ text: String) -> Milestone? {
        let words = text.split(separator: " ").map(String.init)
        if words == ["until", "end"] { return .end }
        guard words.count >= 3, words.first == "until", words.last == "finished" else {
            return nil
        }
        switch (words[1], words.count) {
        case ("drain", 3): return .drainFinished(nil)
        case ("drain", 4): return .drainFinished(words[2])
        case ("load", 4): return .loadFinished(words[2])
        default: return nil
        }
    }
}
