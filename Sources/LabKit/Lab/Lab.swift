public import KubeModel
public import LabDiagnostics

/// A lab: instructions' title and summary, the curriculum scenario that replays it against the
/// student's files, the checks that grade it, and the invariants that stop bypasses.
public struct Lab: Sendable {
    public var id: String
    public var title: LocalizedText
    public var summary: LocalizedText
    public var prerequisites: [String]
    /// The folder holding `lab.yaml`, `README.<lang>.md` and `start/`.
    public var directory: String
    /// The scenario, with each `check:` step compiled to an expectation whose id is the check's,
    /// and one final step per invariant (ids `invariant/<id>`).
    public var scenario: Scenario
    /// In the order the scenario runs them.
    public var checks: [Check]
    public var invariants: [Invariant]
    /// Realistic wrong answers under `mistakes/`, each with what it must fail.
    public var mistakes: [Mistake]
    /// Answers that reach the checked numbers without the mechanism, under `counterfeits/`.
    public var counterfeits: [Mistake]
    /// Right answers written differently, under `equivalents/`, each of which must pass.
    public var equivalents: [Equivalent]
    /// Where each part of `lab.yaml` is written (`checks[2].explain[0]`), for `lab dev check`.
    public var locations: [String: SourceLocation] = [:]
    /// Each check's index in `lab.yaml`'s `checks` (they run in another order).
    public var checkIndices: [String: Int] = [:]

    /// Where `path` (`checks[2].hints[1]`) is written in `lab.yaml`: the nearest part the
    /// compiler recorded, else the file's first line.
    public func location(of path: String) -> SourceLocation {
        var key = path
        while true {
            if let found = locations[key] { return found }
            guard let cut = key.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            key = String(key[..<cut])
        }
        return SourceLocation(file: "\(directory)/lab.yaml", line: 1, column: 1)
    }

    /// `checks[i]`, where check `id` is declared (checks are kept in the order they run).
    public func checkPath(_ id: String) -> String? {
        checkIndices[id].map { "checks[\($0)]" }
    }

    /// The total points of the lab's checks.
    public var points: Int { checks.reduce(0) { $0 + $1.points } }

    /// `start/`: the files a student begins from.
    public var startDirectory: String { directory + "/start" }

    /// `mistakes/<name>/`: one realistic wrong answer.
    public func mistakeDirectory(_ name: String) -> String { "\(directory)/mistakes/\(name)" }

    /// `counterfeits/<name>/`: the numbers without the mechanism.
    public func counterfeitDirectory(_ name: String) -> String {
        "\(directory)/counterfeits/\(name)"
    }

    /// `equivalents/<name>/`: a right answer written differently.
    public func equivalentDirectory(_ name: String) -> String {
        "\(directory)/equivalents/\(name)"
    }

    /// The instructions in `language` (`README.ko.md`), falling back to English.
    public func instructionsPath(in language: Language) -> String {
        "\(directory)/README.\(language.rawValue).md"
    }
}

/// One check of a lab, as reports and grading show it.
public struct Check: Sendable {
    public var id: String
    public var title: LocalizedText
    /// Why it matters in production, in a sentence or two.
    public var rationale: LocalizedText
    public var points: Int
    /// Checks that must pass first; when one does not, this one is skipped.
    public var needs: [String]
    /// Increasingly direct hints.
    public var hints: [LocalizedText]
    public var manifest: ManifestPointer?
    /// Said when the check fails and the matching condition held (by index).
    public var explanations: [LocalizedText]
}

/// A wrong answer a student is likely to write, kept in `mistakes/<name>/` to prove the lab
/// catches it with the right check and a useful message.
public struct Mistake: Sendable {
    public var name: String
    public var description: String?
    /// Check or invariant ids that must fail.
    public var fails: [String]
    /// Text the failed checks' report must contain (observed, explanations, evidence).
    public var says: String?
}

extension Mistake {
    /// The pseudo-id in `fails` for files refused before anything runs (a lint error).
    public static let manifests = "manifests"
}

/// A right answer written differently from the reference: the same verdict is owed to it.
public struct Equivalent: Sendable {
    public var name: String
    public var description: String?
}

/// A rule the student's files must keep for the lab to pass.
public struct Invariant: Sendable {
    public var id: String
    public var title: LocalizedText
    public var manifest: ManifestPointer?

    /// The id of its expectation in the scenario.
    public var expectationID: String { "invariant/\(id)" }
}

/// The object (and field) of the student's manifests a check is about: named, or found by
/// meaning (`hpa of deployment/order`, `pods of deployment/order` for its pod template).
public struct ManifestPointer: Sendable, Hashable {
    public var object: ObjectSelection
    public var field: ValuePath?

    public init(object: ObjectSelection, field: ValuePath?) {
        self.object = object
        self.field = field
    }
}
