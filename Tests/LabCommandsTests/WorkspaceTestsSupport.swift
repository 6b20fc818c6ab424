import Foundation

/// A scratch workspace for one test: a fresh folder under /tmp, `lab` run in it with an
/// isolated home (no git config, so commits get LabKit's default author), and plain `git`.
final class ScratchWorkspace {
    let root: URL
    let home: URL

    init() throws {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("labkit-workspace-\(UUID().uuidString)")
        root = base.appendingPathComponent("work")
        home = base.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }

    /// The environment `lab` and `git` run with.
    var environment: [String: String] {
        [
            "HOME": home.path, "XDG_CONFIG_HOME": home.path, "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": "/dev/null", "LABKIT_COURSE": LabBinary.root.path,
            "LC_ALL": "C", "LANG": "C", "NO_COLOR": "1",
        ]
    }

    func url(_ path: String) -> URL { path.isEmpty ? root : root.appendingPathComponent(path) }

    /// Runs `lab arguments` in `path` (relative to the scratch folder).
    func lab(_ arguments: String..., in path: String = "") throws -> LabBinary.Run {
        try lab(arguments, in: path)
    }

    /// Runs `lab arguments` in `path` (relative to the scratch folder).
    func lab(_ arguments: [String], in path: String = "") throws -> LabBinary.Run {
        try LabBinary.run(arguments, in: url(path), environment: environment)
    }

    /// Runs `git arguments` in the scratch folder; returns status and combined output.
    @discardableResult
    func git(_ arguments: String..., in path: String = "") throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = url(path)
        process.environment = LabBinary.environment(
            environment.merging(
                [
                    "GIT_AUTHOR_NAME": "Plain Git", "GIT_AUTHOR_EMAIL": "plain@example.edu",
                    "GIT_COMMITTER_NAME": "Plain Git", "GIT_COMMITTER_EMAIL": "plain@example.edu",
                ], uniquingKeysWith: { $1 }))
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Runs `command` with `/bin/sh -c` in `path`, with `lab` on PATH and the workspace's
    /// environment, as a student pastes a command; returns status and combined output.
    @discardableResult
    func shell(_ command: String, in path: String = "") throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = url(path)
        let folder = LabBinary.executable.deletingLastPathComponent().path
        process.environment = LabBinary.environment(
            environment.merging(
                [
                    "PATH": folder + ":/usr/bin:/bin",
                    "GIT_AUTHOR_NAME": "Plain Git", "GIT_AUTHOR_EMAIL": "plain@example.edu",
                    "GIT_COMMITTER_NAME": "Plain Git", "GIT_COMMITTER_EMAIL": "plain@example.edu",
                ], uniquingKeysWith: { $1 }))
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The number of commits on HEAD.
    func commitCount() throws -> Int {
        Int(
            try git("rev-list", "--count", "HEAD").output.trimmingCharacters(
                in: .whitespacesAndNewlines)) ?? -1
    }

    func write(_ path: String, _ text: String) throws {
        let file = url(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func read(_ path: String) -> String? {
        (try? Data(contentsOf: url(path))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Copies the course's reference answer of `id` into the workspace's `<id>/` folder.
    func copySolution(_ id: String) throws {
        let solution = LabBinary.root.appendingPathComponent("Solutions/\(id)")
        for name in try FileManager.default.contentsOfDirectory(atPath: solution.path) {
            let target = url("\(id)/\(name)")
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(
                at: solution.appendingPathComponent(name), to: target)
        }
    }
}

/// A `lab` process running in the background, its output collected as it comes.
final class RunningLab: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var collected = Data()
    private var reachedEnd = false

    /// Starts `lab arguments` in `directory` with `environment`.
    init(_ arguments: [String], in directory: URL, environment: [String: String]) throws {
        process.executableURL = LabBinary.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = LabBinary.environment(environment)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        // A thread of its own reads until end of file.
        let handle = pipe.fileHandleForReading
        let reader = Thread { [weak self] in
            while true {
                let data = handle.availableData
                guard let self else { return }
                if data.isEmpty {
                    self.lock.withLock { self.reachedEnd = true }
                    return
                }
                self.lock.withLock { self.collected.append(data) }
            }
        }
        try process.run()
        reader.start()
    }

    /// Everything printed so far, both streams.
    var output: String {
        lock.withLock { String(decoding: collected, as: UTF8.self) }
    }

    /// Waits until `condition` holds for the output (true), or `seconds` pass (false).
    func wait(upTo seconds: Double, until condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(output) { return true }
            usleep(20_000)
        }
        return condition(output)
    }

    /// Waits until the process has exited and all its output has been read (true), or
    /// `seconds` pass (false): its exit alone does not mean the pipe has been drained.
    ///
    /// The end of file can come late: a child another test spawns at the same moment inherits
    /// the pipe's write end (Foundation's pipes are not close-on-exec) and holds it open. So
    /// after the exit, the end is awaited briefly, then the output once it stops growing.
    func finished(upTo seconds: Double) -> Bool {
        guard wait(upTo: seconds, until: { _ in !self.process.isRunning }) else { return false }
        if wait(upTo: 2, until: { _ in self.lock.withLock { self.reachedEnd } }) { return true }
        var last = -1
        while true {
            let count = lock.withLock { collected.count }
            if count == last { return true }
            last = count
            usleep(200_000)
        }
    }

    /// Sends `signal` and waits for the process to end (killing it after 30 s, so a test
    /// cannot hang); returns its exit status.
    @discardableResult
    func stop(with signal: Int32) -> Int32 {
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
