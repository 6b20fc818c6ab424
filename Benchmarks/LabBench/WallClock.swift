import Foundation

/// Wall time for benchmarks only (the simulation itself never reads a clock).
struct WallClock {
    private let start = DispatchTime.now().uptimeNanoseconds

    var seconds: Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
