import Foundation
import LabTestSupport
import Testing

/// `lab check`, `lab list`, `lab replay` and `lab dev check` as a student or an author runs
/// them: the built binary, its output and its exit code.
@Suite("lab check from the command line")
struct LabCheckCommandTests {
    /// Every lab id in `Labs/course.yaml`, in course order (its `labs: [...]` lines).
    static let labIDs: [String] = {
        let file = LabBinary.root.appendingPathComponent("Labs/course.yaml")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").flatMap { line -> [String] in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("labs: ["), trimmed.hasSuffix("]") else { return [] }
            return trimmed.dropFirst("labs: [".count).dropLast()
                .split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }()

    @Test func courseListsTheLabsOfTheIssue() {
        // Guards the parameterised tests below against an empty or misread course file.
        #expect(
            Set(Self.labIDs).isSuperset(of: [
                "statefulset", "pvc-retention", "hpa", "readiness", "eks-upgrade",
            ]))
    }

    @Test(arguments: labIDs)
    func solutionPasses(_ id: String) throws {
        let run = try LabBinary.run(["check", id, "--dir", "Solutions/\(id)"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("PASS \(id):"))
    }

    @Test(arguments: labIDs)
    func starterFails(_ id: String) throws {
        let run = try LabBinary.run(["check", id, "--dir", "Labs/\(id)/start"])
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("FAIL \(id):"))
        #expect(run.stdout.contains("✗ "))
    }

    /// With `--lang ko` the report's frame is Korean too, not only the lab's own text.
    @Test func aKoreanReportIsKoreanThroughout() throws {
        let run = try LabBinary.run(["check", "hpa", "--dir", "Labs/hpa/start", "--lang", "ko"])
        #expect(run.status == 1)
        for words in [
            "파일: ", "    기대: ", "    관찰: ", "    중요한 이유: ", "    힌트: ", "(더 보기: lab hint)",
        ] {
            #expect(run.stdout.contains(words), "\(words)")
        }
        #expect(run.stdout.contains("FAIL hpa: 검사 6개 중 0개 통과, 0/7점"))
        #expect(!run.stdout.contains("why it matters"))
    }

    @Test func unknownLabIsAUsageErrorThatListsTheLabs() throws {
        let run = try LabBinary.run(["check", "hpx", "--dir", "Solutions/hpa"])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("error: unknown lab \"hpx\"; did you mean \"hpa\"?"))
        #expect(run.stderr.contains("labs: " + Self.labIDs.joined(separator: ", ")))
    }

    @Test func missingDirectoryIsAUsageError() throws {
        let run = try LabBinary.run(["check", "hpa", "--dir", "Solutions/no-such-folder"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--dir \"Solutions/no-such-folder\" is not a directory"))
    }

    @Test func jsonIsAVersionedDocument() throws {
        let run = try LabBinary.run(["check", "hpa", "--dir", "Labs/hpa/start", "--json"])
        #expect(run.status == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect(object["lab"] as? String == "hpa")
        #expect(object["passed"] as? Bool == false)
        #expect(object["language"] as? String == "en")
        let checks = try #require(object["checks"] as? [[String: Any]])
        let first = try #require(checks.first)
        #expect(first["id"] as? String == "cpu-request")
        #expect(first["status"] as? String == "failed")
        let manifest = try #require(first["manifest"] as? [String: Any])
        #expect(manifest["file"] as? String == "Labs/hpa/start/order.yaml")
        #expect(manifest["line"] as? Int == 20)
        #expect(first["hint"] as? String == "Look at the container's resources in order.yaml.")
        let skipped = try #require(checks.first { $0["id"] as? String == "scale-out" })
        #expect(skipped["status"] as? String == "skipped")
        #expect(skipped["skipReason"] as? String == "needs:cpu-request")
    }

    @Test func jsonOfTheSolutionPasses() throws {
        let run = try LabBinary.run(["check", "hpa", "--dir", "Solutions/hpa", "--json"])
        #expect(run.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect(object["lab"] as? String == "hpa")
        #expect(object["passed"] as? Bool == true)
        #expect(object["points"] as? Int == object["maxPoints"] as? Int)
        let timeline = try #require(object["timeline"] as? [[String: Any]])
        #expect(timeline.count == 128)
        #expect(
            timeline.first?["text"] as? String == "node/node-1                             Ready")
    }

    @Test func listShowsEveryLabInCourseOrder() throws {
        let run = try LabBinary.run(["list"])
        #expect(run.status == 0)
        let listed = run.stdout.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
        #expect(listed == Self.labIDs)
        let hpa = run.stdout.split(separator: "\n").first { $0.hasPrefix("  hpa ") }
        #expect(hpa?.hasSuffix("  Scale out under load with a HorizontalPodAutoscaler") == true)
        #expect(run.stdout.hasPrefix("Kubernetes reliability, hands-on\n"))
    }

    @Test func replayShowsTheTimelineWithVirtualTimestamps() throws {
        let run = try LabBinary.run(["replay", "hpa", "--solution"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("[   0.0s] — step 1: apply ."))
        #expect(run.stdout.contains("Transactions:"))
        #expect(run.stdout.contains("PASS hpa:"))
    }

    @Test func replayRefusesBothSources() throws {
        let run = try LabBinary.run(["replay", "hpa", "--solution", "--dir", "Solutions/hpa"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("give either --dir or --solution, not both"))
    }

    @Test func devCheckProvesOneLab() throws {
        let run = try LabBinary.run(["dev", "check", "hpa"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("✓ hpa  solution 7/7, start 0/7"))
        #expect(run.stdout.hasSuffix("1 of 1 labs are sound\n"))
    }

    @Test func koreanTitlesWithLang() throws {
        let run = try LabBinary.run(["check", "hpa", "--dir", "Solutions/hpa", "--lang", "ko"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("lab hpa: HorizontalPodAutoscaler로 부하에 맞춰 확장하기\n"))
        #expect(run.stdout.contains("✓ order 컨테이너에 cpu 요청량이 있다 (1/1)"))
    }

    @Test func koreanFromTheEnvironment() throws {
        let run = try LabBinary.run(
            ["check", "hpa", "--dir", "Solutions/hpa", "--json"],
            environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "ko_KR.UTF-8"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["language"] as? String == "ko")
        #expect(object["title"] as? String == "HorizontalPodAutoscaler로 부하에 맞춰 확장하기")
    }

    @Test func malformedManifestShowsTheLintDiagnostic() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("lab-check-malformed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let solution = LabBinary.root.appendingPathComponent("Solutions/hpa")
        try FileManager.default.copyItem(
            at: solution.appendingPathComponent("hpa.yaml"),
            to: folder.appendingPathComponent("hpa.yaml"))
        let order = try String(
            contentsOf: solution.appendingPathComponent("order.yaml"), encoding: .utf8)
        let misspelled = order.replacingOccurrences(
            of: "\n  replicas: 2\n", with: "\n  replcas: 2\n")
        try #require(misspelled != order)
        try misspelled.write(
            to: folder.appendingPathComponent("order.yaml"), atomically: true, encoding: .utf8)

        let run = try LabBinary.run(["check", "hpa", "--dir", folder.path])
        #expect(run.status == 1)
        let line =
            try #require(
                misspelled.split(separator: "\n", omittingEmptySubsequences: false)
                    .firstIndex { $0 == "  replcas: 2" }) + 1
        #expect(
            run.stdout.contains(
                "\(folder.path)/order.yaml:\(line):3: error: unknown field \"spec.replcas\""))
        #expect(run.stdout.contains("hint: did you mean \"replicas\"?"))
        #expect(run.stdout.contains("- not run: the order container requests cpu"))
        #expect(run.stdout.contains("FAIL hpa: 0 of 6 checks passed"))
    }
}
