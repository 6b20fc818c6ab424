import ClusterSim
import Foundation
import KubeModel

// LabKit's benchmarks (`swift run -c release labkit-bench MODE`): the performance targets of
// the issues, measured in wall time on this machine (docs/benchmarks.md). Figures go in the
// notes; no unit test times anything. `all` runs every mode but `grading` and `workspace`,
// which first write hundreds of git repositories, and `startup` and `watch` (issue 17's ratios).

let which = CommandLine.arguments.dropFirst().first ?? "all"
let known = [
    "lab", "memory", "scale", "bluegreen", "hpa-long", "check", "workspace", "grading", "startup",
    "watch", "all",
]
guard known.contains(which) else {
    FileHandle.standardError.write(
        Data("usage: labkit-bench [\(known.joined(separator: "|"))]\n".utf8))
    exit(64)
}

func report(_ name: String, _ value: String, target: String) {
    let padded = name.padding(toLength: 44, withPad: " ", startingAt: 0)
    let line =
        "\(padded) \(value + String(repeating: " ", count: max(0, 20 - value.count))) target \(target)"
    // Unbuffered, so long modes show their figures as they come.
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

if which == "lab" || which == "all" { LabScaleBenchmark.run() }
if which == "memory" || which == "all" { MemoryBenchmark.run() }
if which == "scale" || which == "all" { ScaleBenchmark.run() }
if which == "bluegreen" || which == "all" { BlueGreenBenchmark.run() }
if which == "hpa-long" || which == "all" { HPALongBenchmark.run() }
if which == "check" || which == "all" { LabCheckBenchmark.run() }
if which == "workspace" { WorkspaceOverheadBenchmark.run() }
if which == "grading" { GradingBenchmark.run() }
if which == "startup" { StartupBenchmark.run() }
if which == "watch" { WatchBenchmark.run() }
