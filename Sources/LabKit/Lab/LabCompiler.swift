import Foundation
import KubeModel
import KubeYAML
import LabDiagnostics

/// Turns a decoded `lab.yaml` into a `Lab`: compiles its scenario with the checks in reach of
/// `check:` steps, then checks what ties them together.
struct LabCompiler {
    let document: DecodedDocument<LabDocument>
    let file: String
    let text: String
    let language: Language
    private(set) var diagnostics: [Diagnostic] = []

    init(document: DecodedDocument<LabDocument>, file: String, text: String, language: Language) {
        self.document = document
        self.file = file
        self.text = text
        self.language = language
    }

    mutating func compile(_ raw: LabDocument) -> Lab {
        checkIdentifier(raw.id, at: "id")
        let sources = checkSources(raw.checks)
        var scenarioCompiler = ScenarioCompiler(
            document: document, file: file, text: text, base: "scenario", checks: sources)
        var scenario = scenarioCompiler.compile(
            ScenarioDocument(
                name: raw.id, description: raw.scenario.description, cluster: raw.scenario.cluster,
                steps: raw.scenario.steps))
        let order = checkOrder(raw)
        let invariants = compileInvariants(
            raw.invariants ?? [], into: &scenario, compiler: &scenarioCompiler)
        diagnostics += scenarioCompiler.diagnostics
        let checks = order.map { compileCheck(raw.checks[$0], index: $0) }
        checkNeeds(raw.checks, order: order)
        var lab = Lab(
            id: raw.id, title: raw.title, summary: raw.summary,
            prerequisites: raw.prerequisites ?? [],
            directory: (file as NSString).deletingLastPathComponent, scenario: scenario,
            checks: checks, invariants: invariants,
            mistakes: compileMistakes(
                raw.mistakes ?? [], key: "mistakes", checks: checks, invariants: invariants),
            counterfeits: compileMistakes(
                raw.counterfeits ?? [], key: "counterfeits", checks: checks,
                invariants: invariants),
            equivalents: compileEquivalents(raw.equivalents ?? []))
        lab.locations = locations(of: raw)
        lab.checkIndices = Dictionary(
            raw.checks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return lab
    }

    /// Where the parts `lab dev check` may complain about are written.
    private func locations(of raw: LabDocument) -> [String: SourceLocation] {
        var paths: [FieldPath] = ["id", "title", "summary", "prerequisites"]
        for (index, check) in raw.checks.enumerated() {
            let base = FieldPath("checks").appending(index: index)
            paths += [base, base.appending("title"), base.appending("rationale")]
            paths += [base.appending("expect"), base.appending("manifest")]
            paths += check.hints.indices.map { base.appending("hints").appending(index: $0) }
            paths += (check.explain ?? []).indices.map {
                base.appending("explain").appending(index: $0)
            }
        }
        for (index, _) in (raw.invariants ?? []).enumerated() {
            let base = FieldPath("invariants").appending(index: index)
            paths += [base, base.appending("title"), base.appending("manifest")]
        }
        for (key, count) in [
            ("mistakes", raw.mistakes?.count), ("counterfeits", raw.counterfeits?.count),
            ("equivalents", raw.equivalents?.count),
        ] {
            paths += (0..<(count ?? 0)).map { FieldPath(key).appending(index: $0) }
        }
        var found: [String: SourceLocation] = [:]
        for path in paths {
            if let location = document.diagnostic(.note, "", at: path).location {
                found[path.description] = location
            }
        }
        return found
    }

    private mutating func compileEquivalents(_ raw: [EquivalentDocument]) -> [Equivalent] {
        for (index, equivalent) in raw.enumerated() {
            checkIdentifier(
                equivalent.name,
                at: FieldPath("equivalents").appending(index: index).appending("name"))
        }
        return raw.map { Equivalent(name: $0.name, description: $0.description) }
    }

    private mutating func compileMistakes(
        _ raw: [MistakeDocument], key: String, checks: [Check], invariants: [Invariant]
    ) -> [Mistake] {
        let known = checks.map(\.id) + invariants.map(\.id) + [Mistake.manifests]
        for (index, mistake) in raw.enumerated() {
            let path = FieldPath(key).appending(index: index)
            checkIdentifier(mistake.name, at: path.appending("name"))
            if mistake.fails.isEmpty {
                error("a mistake fails at least one check", at: path.appending("fails"))
            }
            for (offset, id) in mistake.fails.enumerated() where !known.contains(id) {
                error(
                    "unknown check or invariant \"\(id)\"",
                    at: path.appending("fails").appending(index: offset),
                    hint: known.closest(to: id).map { "did you mean \"\($0)\"?" })
            }
        }
        return raw.map {
            Mistake(name: $0.name, description: $0.description, fails: $0.fails, says: $0.says)
        }
    }

    private mutating func error(_ message: String, at path: FieldPath, hint: String? = nil) {
        diagnostics.append(document.diagnostic(.error, message, at: path, hint: hint))
    }

    /// Ids are what students and gradebooks see: lowercase words joined by hyphens.
    private mutating func checkIdentifier(_ id: String, at path: FieldPath) {
        let valid =
            !id.isEmpty && id.first != "-"
            && id.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            }
        if !valid {
            error(
                "invalid id \"\(id)\": use lowercase letters, digits and hyphens", at: path,
                hint: "for example \"scale-out\"")
        }
    }

    private mutating func checkSources(_ checks: [CheckDocument]) -> [String: LabCheckSource] {
        var sources: [String: LabCheckSource] = [:]
        for (index, check) in checks.enumerated() {
            let path = FieldPath("checks").appending(index: index)
            checkIdentifier(check.id, at: path.appending("id"))
            guard sources[check.id] == nil else {
                error("duplicate check id \"\(check.id)\"", at: path.appending("id"))
                continue
            }
            if check.id == Mistake.manifests {
                error(
                    "\"\(Mistake.manifests)\" is reserved: a mistake that \"fails: "
                        + "[\(Mistake.manifests)]\" has files that are refused",
                    at: path.appending("id"), hint: "name the check otherwise")
            }
            sources[check.id] = LabCheckSource(
                title: check.title.text(in: language), expectation: check.expect,
                path: path.appending("expect"),
                explanations: (check.explain ?? []).enumerated().map { offset, explanation in
                    (
                        explanation.when,
                        path.appending("explain").appending(index: offset).appending("when")
                    )
                })
        }
        return sources
    }

    /// The checks' indices in the order the scenario runs them; each must run exactly once.
    private mutating func checkOrder(_ raw: LabDocument) -> [Int] {
        var order: [Int] = []
        for (index, step) in raw.scenario.steps.enumerated() {
            for id in step.checkIDs ?? [] {
                guard let position = raw.checks.firstIndex(where: { $0.id == id }) else {
                    continue
                }
                if order.contains(position) {
                    error(
                        "check \"\(id)\" runs more than once",
                        at: FieldPath("scenario.steps").appending(index: index).appending("check"),
                        hint: "each check runs at one step; declare another check for another "
                            + "moment")
                } else {
                    order.append(position)
                }
            }
        }
        for (index, check) in raw.checks.enumerated() where !order.contains(index) {
            error(
                "check \"\(check.id)\" is never run",
                at: FieldPath("checks").appending(index: index).appending("id"),
                hint: "add a step \"- check: \(check.id)\" to the scenario where it should hold")
        }
        return order
    }

    /// A check's `needs` name checks that run before it.
    private mutating func checkNeeds(_ checks: [CheckDocument], order: [Int]) {
        for (position, index) in order.enumerated() {
            let earlier = Set(order[..<position].map { checks[$0].id })
            for (offset, need) in (checks[index].needs ?? []).enumerated()
            where !earlier.contains(need) {
                let path = FieldPath("checks").appending(index: index).appending("needs")
                    .appending(index: offset)
                if checks.contains(where: { $0.id == need }) {
                    error(
                        "check \"\(checks[index].id)\" needs \"\(need)\", which runs after it",
                        at: path, hint: "a check can only need checks the scenario runs earlier")
                } else {
                    error(
                        "unknown check \"\(need)\"", at: path,
                        hint: checks.map(\.id).closest(to: need).map { "did you mean \"\($0)\"?" })
                }
            }
        }
    }

    private mutating func compileCheck(_ raw: CheckDocument, index: Int) -> Check {
        let path = FieldPath("checks").appending(index: index)
        if let points = raw.points, points < 0 {
            error("\"points\" cannot be negative", at: path.appending("points"))
        }
        return Check(
            id: raw.id, title: raw.title, rationale: raw.rationale, points: raw.points ?? 1,
            needs: raw.needs ?? [], hints: raw.hints,
            manifest: raw.manifest.flatMap { pointer($0, at: path.appending("manifest")) },
            explanations: (raw.explain ?? []).map(\.say))
    }

    /// Each invariant becomes a final step of the scenario, checked once everything has run.
    private mutating func compileInvariants(
        _ raw: [InvariantDocument], into scenario: inout Scenario,
        compiler: inout ScenarioCompiler
    ) -> [Invariant] {
        var invariants: [Invariant] = []
        for (index, invariant) in raw.enumerated() {
            let path = FieldPath("invariants").appending(index: index)
            checkIdentifier(invariant.id, at: path.appending("id"))
            if invariants.contains(where: { $0.id == invariant.id }) {
                error("duplicate invariant id \"\(invariant.id)\"", at: path.appending("id"))
            }
            if invariant.expect.within != nil || invariant.expect.throughout != nil {
                error(
                    "an invariant is checked once, at the end: remove \"within\" and \"throughout\"",
                    at: path.appending("expect"))
            }
            guard
                var expectation = compiler.compileExpectation(
                    invariant.expect, at: path.appending("expect"))
            else { continue }
            let compiled = Invariant(
                id: invariant.id, title: invariant.title,
                manifest: invariant.manifest.flatMap { pointer($0, at: path.appending("manifest")) }
            )
            expectation.id = compiled.expectationID
            expectation.title = invariant.title.text(in: language)
            scenario.steps.append(
                Step(
                    number: scenario.steps.count + 1,
                    location: document.diagnostic(.note, "", at: path).location
                        ?? SourceLocation(file: file, line: 1, column: 1),
                    summary: "invariant \(invariant.id): \(expectation.title ?? "")",
                    action: .expect(expectation)))
            invariants.append(compiled)
        }
        return invariants
    }

    private mutating func pointer(_ raw: ManifestPointerDocument, at path: FieldPath)
        -> ManifestPointer?
    {
        guard let object = ObjectSelection(raw.object, namespace: raw.namespace ?? "default") else {
            error(
                "expected TYPE/NAME or KIND of TYPE/NAME, such as \"deployment/order\" or "
                    + "\"hpa of deployment/order\", found \"\(raw.object)\"",
                at: path.appending("object"))
            return nil
        }
        var field: ValuePath?
        if let text = raw.field {
            guard let parsed = ValuePath(text) else {
                error("invalid field path \"\(text)\"", at: path.appending("field"))
                return nil
            }
            field = parsed
        }
        return ManifestPointer(object: object, field: field)
    }
}
