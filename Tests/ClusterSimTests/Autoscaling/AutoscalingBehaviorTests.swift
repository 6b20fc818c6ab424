import ClusterSim
import KubeModel
import Testing

@Suite struct AutoscalingBehaviorTests {
    /// 1 pod at 1000 % of its request wants 20; Pods 4 gives 5, Percent 100 gives 2.
    @Test(arguments: [(ScalingPolicySelect.max, 5), (.min, 2)])
    func scaleUpPolicies(select: ScalingPolicySelect, expected: Int) throws {
        let lab = AutoscalingLab()
        try lab.deploy(replicas: 1)
        lab.setCPU("2000m")
        lab.cluster.advance(by: .seconds(30))
        var up = HPAScalingRules.defaultScaleUp
        up.selectPolicy = select
        try lab.autoscale(
            min: 1, max: 50, cpuPercent: 50,
            behavior: HorizontalPodAutoscalerBehavior(scaleUp: up))
        lab.cluster.advance(by: .zero)
        #expect(lab.replicas == expected)
        #expect(lab.condition("ScalingLimited")?.reason == "ScaleUpLimit")
    }

    @Test func disabledScaleDownKeepsTheCount() throws {
        let lab = AutoscalingLab()
        try lab.deploy(replicas: 4)
        lab.setCPU("10m")
        lab.cluster.advance(by: .seconds(30))
        var down = HPAScalingRules.defaultScaleDown
        down.selectPolicy = .disabled
        try lab.autoscale(
            min: 1, max: 10, cpuPercent: 50,
            behavior: HorizontalPodAutoscalerBehavior(scaleDown: down))
        lab.cluster.advance(by: .seconds(900))
        #expect(lab.replicas == 4)
        #expect(lab.rescales.isEmpty)
    }

    /// Default scale-down rules: 300 s window (entries exactly at the cutoff no longer count),
    /// then 100 % per 15 s, so 4 → 1 in one step.
    @Test func defaultScaleDownWaitsForTheWindow() throws {
        let lab = AutoscalingLab()
        try lab.deploy(replicas: 4)
        lab.setCPU("10m")
        lab.cluster.advance(by: .seconds(30))
        try lab.autoscale(
            min: 1, max: 10, cpuPercent: 50, behavior: HorizontalPodAutoscalerBehavior())
        let time = lab.time(until: { lab.replicas == 1 })
        #expect(time == 330)
        #expect(lab.rescales.count == 1)
    }
}
