import Foundation
import KubeModel
import LabDiagnostics
import LabKit
import Testing

/// `LabRunner` turns a scenario run on the student's files into check results.
@Suite struct LabRunnerTests {
    static func deployment(replicas: Int, image: String = "nginx:1.25") -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: \(replicas)
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: \(image)
        """
    }

    /// A scratch directory holding `files`, removed after `body`.
    static func withStudentFiles<T>(_ files: [String: String], _ body: (String) throws -> T)
        rethrows -> T
    {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("labkit-runner-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (name, text) in files {
            _ = FileManager.default.createFile(
                atPath: "\(directory)/\(name)", contents: Data(text.utf8))
        }
        return try body(directory)
    }

    static func lab() throws -> Lab {
        try #require(
            LabParser().parse(bytes: Array(LabParserTests.valid.utf8), file: "lab.yaml").lab)
    }

    @Test func correctFilesPassEveryCheck() throws {
        let report = try Self.withStudentFiles(["app.yaml": Self.deployment(replicas: 2)]) {
            LabRunner().run(try Self.lab(), studentDirectory: $0)
        }
        #expect(report.passed)
        #expect(report.checks.map(\.status) == [.passed, .passed])
        #expect(report.points == 3)
        #expect(report.invariants.allSatisfy { $0.passed })
    }

    @Test func failureCarriesObservedExplanationAndLocation() throws {
        let report = try Self.withStudentFiles(["app.yaml": Self.deployment(replicas: 1)]) {
            LabRunner().run(try Self.lab(), studentDirectory: $0)
        }
        #expect(!report.passed)
        let ready = report.checks[1]
        #expect(ready.status == .failed)
        #expect(ready.expectation?.expected == "pods app=web ready count = 2 within 1m")
        #expect(ready.expectation?.observed.contains("1") == true)
        #expect(ready.explanations.map { $0.text(in: .en) } == ["One replica is not two."])
        let exists = report.checks[0]
        #expect(exists.status == .passed)
        #expect(exists.manifestLocation?.line == 6)
        #expect(report.points == 1)
    }

    @Test func aCheckWhosePrerequisiteFailedIsSkipped() throws {
        let other = """
            apiVersion: v1
            kind: Service
            metadata: {name: api}
            spec:
              selector: {app: api}
              ports: [{port: 80}]
            """
        let report = try Self.withStudentFiles(["app.yaml": other]) {
            LabRunner().run(try Self.lab(), studentDirectory: $0)
        }
        #expect(report.checks.map(\.status) == [.failed, .skipped(reason: .needs("exists"))])
        #expect(report.invariants.map(\.passed) == [false])
        let document = report.document(
            language: .en, directory: "d", labkitVersion: "1", courseVersion: "2")
        #expect(document.checks.map(\.status) == ["failed", "skipped"])
        #expect(document.checks[1].skipReason == "needs:exists")
        #expect(document.invariants.first?.passed == false)
        #expect(document.version == 1)
    }

    @Test func invalidManifestsRunNoCheck() throws {
        let broken = Self.deployment(replicas: 2).replacingOccurrences(
            of: "  replicas: 2", with: "  replicas: two")
        let report = try Self.withStudentFiles(["app.yaml": broken]) {
            LabRunner().run(try Self.lab(), studentDirectory: $0)
        }
        #expect(!report.passed)
        #expect(report.scenario == nil)
        #expect(report.checks.allSatisfy { $0.status == .skipped(reason: .invalidManifests) })
        let error = try #require(report.manifestDiagnostics.first { $0.severity == .error })
        #expect(error.location?.file.hasSuffix("/app.yaml") == true)
        #expect(error.location?.line == 6)
    }

    /// The lab applies app.yaml by name: a student who renamed it hears so before any check
    /// runs, with the file to rename, instead of every check failing with "not found".
    @Test func aRenamedAppliedFileStopsTheCheckAndNamesTheRename() throws {
        let report = try Self.withStudentFiles(["my-app.yaml": Self.deployment(replicas: 2)]) {
            LabRunner().run(try Self.lab(), studentDirectory: $0)
        }
        #expect(report.scenario == nil)
        #expect(report.checks.allSatisfy { $0.status == .skipped(reason: .invalidManifests) })
        let error = try #require(report.manifestDiagnostics.first { $0.severity == .error })
        #expect(error.message == "the lab applies \"app.yaml\", and your folder has no such file")
        #expect(error.location?.file.hasSuffix("/app.yaml") == true)
        #expect(
            error.hint
                == "rename \"my-app.yaml\" to \"app.yaml\": the lab applies its files by name")
    }

    @Test func aManifestTheLabDoesNotApplyIsAWarningAndTheChecksRun() throws {
        let extra = Self.deployment(replicas: 1).replacingOccurrences(
            of: "name: web\nspec", with: "name: extra\nspec")
        let report = try Self.withStudentFiles(
            ["app.yaml": Self.deployment(replicas: 2), "extra.yaml": extra]
        ) {
            LabRunner().run(try Self.lab(), studentDirectory: $0)
        }
        let warning = try #require(report.manifestDiagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message == "the lab does not apply this file")
        #expect(warning.location?.file.hasSuffix("/extra.yaml") == true)
        #expect(report.passed)
    }

    @Test func aMissingAppliedFileInAnEmptyFolderSaysToRestoreTheStarter() throws {
        let report = try Self.withStudentFiles([:]) {
            LabRunner().run(try Self.lab(), studentDirectory: $0)
        }
        let error = try #require(report.manifestDiagnostics.first { $0.severity == .error })
        #expect(error.hint?.contains("lab reset") == true)
    }

    /// A workload the lab needs by name, written under another: the check stops at the
    /// student's `metadata.name`, saying which name the lab's check uses.
    @Test func anObjectNamedOtherwiseIsReportedAtItsName() throws {
        let other = Self.deployment(replicas: 2).replacingOccurrences(
            of: "name: web\nspec", with: "name: api\nspec")
        let report = try Self.withStudentFiles(["app.yaml": other]) {
            LabRunner().run(try Self.lab(), studentDirectory: $0)
        }
        let error = try #require(report.manifestDiagnostics.first { $0.severity == .error })
        #expect(
            error.message
                == "the lab checks \"the deployment exists\", which needs a Deployment named \"web\"; "
                + "your files name it \"api\"")
        #expect(error.location?.file.hasSuffix("/app.yaml") == true)
        #expect(error.location?.line == 4)
        #expect(
            error.hint == "name it \"web\": the lab's steps, its siege load and its checks use "
                + "the starter's names")
        #expect(
            report.checks.map(\.status) == [
                .skipped(reason: .invalidManifests), .skipped(reason: .invalidManifests),
            ])
    }

    /// A step of the lab that fails is said in the student's terms: which step, what the
    /// cluster answered, and no position in the course's own lab.yaml.
    @Test func aFailedStepOfTheLabNeverPointsIntoTheCourse() throws {
        let text = LabParserTests.valid.replacingOccurrences(
            of: "    - check: exists\n",
            with: "    - kubectl: scale statefulset/db --replicas=2\n    - check: exists\n")
        let lab = try #require(LabParser().parse(bytes: Array(text.utf8), file: "lab.yaml").lab)
        let report = try Self.withStudentFiles(["app.yaml": Self.deployment(replicas: 2)]) {
            LabRunner().run(lab, studentDirectory: $0)
        }
        let problem = try #require(report.problems.first)
        #expect(
            problem.message
                == "the lab's step \"kubectl scale statefulset/db --replicas=2\" failed: Error "
                + "from server (NotFound): statefulsets.apps \"db\" not found")
        #expect(problem.location == nil)
        #expect(problem.hint?.hasPrefix("the lab runs its steps on the objects your files") == true)
    }

    /// NamespaceLifecycle: kubectl's refusal, naming the file, at the student's namespace line.
    @Test func anObjectInANamespaceThatDoesNotExistIsRefusedAtItsNamespace() throws {
        let elsewhere = Self.deployment(replicas: 2).replacingOccurrences(
            of: "  name: web\n", with: "  name: web\n  namespace: shop\n")
        let report = try Self.withStudentFiles(["app.yaml": elsewhere]) {
            LabRunner().run(try Self.lab(), studentDirectory: $0)
        }
        let error = try #require(report.scenario?.diagnostics.first)
        #expect(
            error.message
                == "Error from server (NotFound): error when creating \"app.yaml\": "
                + "namespaces \"shop\" not found")
        #expect(error.location?.file.hasSuffix("/app.yaml") == true)
        #expect(error.location?.line == 5)
        #expect(!report.passed)
    }

    /// `replicas: 50000` on three nodes of 110 pods: refused at its line in milliseconds
    /// instead of a minute simulating pods that stay Pending.
    @Test func replicasFarBeyondTheClusterAreRefusedAtTheirLine() throws {
        let report = try Self.withStudentFiles(["app.yaml": Self.deployment(replicas: 50000)]) {
            LabRunner().run(try Self.lab(), studentDirectory: $0)
        }
        #expect(report.scenario == nil)
        let error = try #require(report.manifestDiagnostics.first { $0.severity == .error })
        #expect(
            error.message
                == "replicas: 50000 is more than 10 times the pods this lab's cluster can run "
                + "(330): lab check does not simulate it")
        #expect(error.location?.line == 6)
    }

    @Test func manifestPointerFindsTheFieldInTheStudentsFile() throws {
        let report = try Self.withStudentFiles(["app.yaml": ""]) { directory in
            // An empty file: nothing to apply, the object check fails, no location to give.
            LabRunner().run(try Self.lab(), studentDirectory: directory)
        }
        #expect(report.checks[0].status == .failed)
        #expect(report.checks[0].manifestLocation == nil)
        let located = try Self.withStudentFiles(["app.yaml": Self.deployment(replicas: 1)]) {
            directory in
            var lab = try Self.lab()
            lab.checks[1].manifest = ManifestPointer(
                object: .named(ObjectReferenceText(kind: "Deployment", name: "web")),
                field: ValuePath("spec.replicas"))
            return LabRunner().run(lab, studentDirectory: directory)
        }
        #expect(located.checks[1].manifestLocation?.line == 6)
        #expect(located.checks[1].manifestLocation?.column == 3)
    }

    @Test func repeatedEvidenceIsFolded() {
        let lines = [
            "[  30.0s] Warning  FailedGetResourceMetric  hpa/order  missing request",
            "[  45.0s] Warning  FailedGetResourceMetric  hpa/order  missing request",
            "[  50.0s] deployment.apps/order  1/1",
        ]
        #expect(
            LabRunner.condensed(lines) == [
                "[  45.0s] Warning  FailedGetResourceMetric  hpa/order  missing request (x2)",
                "[  50.0s] deployment.apps/order  1/1",
            ])
    }
}
