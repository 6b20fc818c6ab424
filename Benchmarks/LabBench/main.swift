import ClusterSim
import Foundation
import KubeModel

// LabKit's benchmarks (`swift run -c release labkit-bench MODE`, MODE one of lab, memory,
// scale, bluegreen, hpa-long, all): the targets of
// the simulated-cluster issues, measured in wall time on this machine. Figures go in the notes;
// no unit test times anything.

let which = CommandLine.arguments.dropFirst().first ?? "all"
let known = ["lab", "memory", "scale", "bluegreen", "hpa-long", "all"]
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
