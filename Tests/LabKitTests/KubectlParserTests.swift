import ClusterSim
import LabKit
import Testing

@Suite struct KubectlParserTests {
    static func parse(_ line: String) -> KubectlCommand? {
        try? KubectlParser().parse(line).get()
    }

    static func error(_ line: String) -> String? {
        if case .failure(let error) = KubectlParser().parse(line) { return error.message }
        return nil
    }

    @Test func seedCommands() {
        let bootcamp = ObjectReferenceText(kind: "Deployment", name: "kubernetes-bootcamp")
        #expect(
            Self.parse("kubectl scale deployments/kubernetes-bootcamp --replicas=4")
                == .scale(bootcamp, replicas: 4))
        #expect(
            Self.parse(
                "kubectl set image deployments/kubernetes-bootcamp "
                    + "kubernetes-bootcamp=jocatalin/kubernetes-bootcamp:v2")
                == .setImage(
                    bootcamp,
                    images: [
                        .init(
                            container: "kubernetes-bootcamp",
                            image: "jocatalin/kubernetes-bootcamp:v2")
                    ]))
        #expect(
            Self.parse("rollout status deployments/kubernetes-bootcamp")
                == .rolloutStatus(bootcamp, timeout: nil))
        #expect(
            Self.parse("rollout undo deployments/kubernetes-bootcamp")
                == .rolloutUndo(bootcamp, toRevision: nil))
        let order = ObjectReferenceText(kind: "Deployment", name: "order")
        #expect(
            Self.parse("kubectl expose deploy order --port=8080")
                == .expose(order, port: 8080, targetPort: nil, name: nil, type: nil))
        #expect(
            Self.parse("kubectl autoscale deployment order --cpu-percent=50 --min=1 --max=3")
                == .autoscale(order, cpuPercent: 50, min: 1, max: 3))
        #expect(
            Self.parse("kubectl delete deploy order,hpa --all")
                == .delete(
                    .all(kinds: ["Deployment", "HorizontalPodAutoscaler"], namespace: "default"),
                    cascade: "background"))
        #expect(
            Self.parse("kubectl apply -f deployment.yaml") == .apply(paths: ["deployment.yaml"]))
    }

    /// Seed 001 runs siege inside its siege pod; the scenario runs the same line.
    @Test func execRunsSiegeAsTheCourseDoes() throws {
        let command = try #require(
            Self.parse(
                "kubectl exec -it siege -- siege -c20 -t40S -v http://order:8080/orders --delay=1S")
        )
        guard case .execSiege(let pod, let namespace, let load) = command else {
            Issue.record("\(command)")
            return
        }
        #expect(pod == "siege" && namespace == "default" && load.name == "siege")
        #expect(load.concurrency == 20)
        #expect(load.duration == .seconds(40))
        #expect(load.delay == .seconds(1))
        #expect(load.target == LoadTarget(service: "order", port: 8080, path: "/orders"))
        if case .execSiege(_, _, let load)? = Self.parse(
            "exec siege -n shop -- siege -c 2 --time=1M http://order.shop:8080/")
        {
            #expect(load.concurrency == 2 && load.duration == .seconds(60))
        } else {
            Issue.record("exec with spaced flags")
        }
        #expect(
            Self.error("exec -it siege -- /bin/bash") == "an interactive shell is not simulated")
        #expect(
            Self.error("exec -it siege -- siege http://order:8080/")
                == "siege without -t runs until it is interrupted")
        #expect(
            Self.error("exec -it siege -- siege -t40S")
                == "siege needs a URL: http://SERVICE[.NAMESPACE]:PORT/PATH")
        #expect(
            Self.error("exec -it siege -- curl http://order/")
                == "only siege runs in a simulated exec, not \"curl\"")
        #expect(Self.error("exec -it siege siege -t1S") == "exec needs a command after --")
        #expect(
            Self.error("exec -it siege --")
                == "you must specify at least one command for the container")
        #expect(
            Self.error("exec -it siege -- siege -t40X http://order/")
                == "siege: invalid time \"40X\"")
    }

    @Test func otherCommands() {
        let web0 = ObjectReferenceText(kind: "Pod", name: "web-0", namespace: "shop")
        #expect(
            Self.parse("delete pod web-0 -n shop --cascade=orphan")
                == .delete(.objects([web0]), cascade: "orphan", wait: true))
        #expect(
            Self.parse("delete pod web-0 -n shop --wait=false")
                == .delete(.objects([web0]), cascade: "background", wait: false))
        #expect(
            Self.parse("delete -f order.yaml -f hpa.yaml")
                == .delete(.files(["order.yaml", "hpa.yaml"]), cascade: "background"))
        #expect(
            Self.parse("get all -n shop") == .get(kind: "all", name: nil, namespace: "shop"))
        #expect(Self.parse("get ev") == .get(kind: "Event", name: nil, namespace: "default"))
        #expect(
            Self.parse("label pod/web-0 tier=db old- --overwrite -n shop")
                == .label(
                    web0, set: [.init(key: "tier", value: "db"), .init(key: "old", value: nil)],
                    overwrite: true))
        #expect(Self.parse("cordon node-1") == .cordon("node-1"))
        #expect(Self.parse("uncordon node/node-1") == .uncordon("node-1"))
        var drain = KubectlCommand.DrainOptions()
        drain.ignoreDaemonSets = true
        #expect(Self.parse("drain node-1 --ignore-daemonsets") == .drain("node-1", options: drain))
        #expect(
            Self.parse("rollout undo deploy/order --to-revision=2")
                == .rolloutUndo(
                    ObjectReferenceText(kind: "Deployment", name: "order"), toRevision: 2))
        #expect(
            Self.parse("scale sts web --replicas 0")
                == .scale(ObjectReferenceText(kind: "StatefulSet", name: "web"), replicas: 0))
    }

    /// Seed 004's `kubectl get pods -o wide` and the tables of Deployments and ReplicaSets.
    @Test func getTablesAndWideOutput() {
        #expect(
            Self.parse("kubectl get pods -o wide")
                == .get(kind: "Pod", name: nil, namespace: "default", wide: true))
        #expect(
            Self.parse("kubectl get deployments")
                == .get(kind: "Deployment", name: nil, namespace: "default"))
        #expect(
            Self.parse("kubectl get rs order-1 -n shop")
                == .get(kind: "ReplicaSet", name: "order-1", namespace: "shop"))
        #expect(Self.error("kubectl get pods -o yaml") == "output format \"yaml\" is not supported")
    }

    @Test func errorsUseKubectlWording() {
        #expect(Self.error("scal deploy/order") == "unknown command \"scal\" for \"kubectl\"")
        #expect(Self.error("scale deploy/order") == "required flag(s) \"replicas\" not set")
        #expect(
            Self.error("scale deploy/order --replicas=x")
                == "invalid argument \"x\" for \"--replicas\" flag")
        #expect(
            Self.error("scale deplyment/order --replicas=1")
                == "the server doesn't have a resource type \"deplyment\"")
        #expect(Self.error("scale deploy/order --replicas=1 --bogus") == "unknown flag: --bogus")
        #expect(Self.error("set image deploy/order") == "at least one image update is required")
        #expect(Self.error("rollout restart deploy/order") == "unknown command \"rollout restart\"")
        #expect(
            Self.error("expose deploy order")
                == "couldn't find port via --port flag or introspection")
        #expect(
            Self.error("scale deploy --replicas=1")
                == "resource(s) were provided, but no name was specified")
        #expect(Self.error("label pod/a 'x") == "unterminated quote in \"label pod/a 'x\"")
    }
}

@Suite struct KubectlDescribeParserTests {
    @Test func describeTakesAKindANameAndASelector() throws {
        let parser = KubectlParser()
        #expect(
            try parser.parse("kubectl describe pods").get()
                == .describe(kind: "Pod", names: [], namespace: "default", selector: nil))
        #expect(
            try parser.parse("describe deployments/kubernetes-bootcamp -n shop").get()
                == .describe(
                    kind: "Deployment", names: ["kubernetes-bootcamp"], namespace: "shop",
                    selector: nil))
        #expect(
            try parser.parse("describe svc web").get()
                == .describe(kind: "Service", names: ["web"], namespace: "default", selector: nil))
        #expect(
            try parser.parse("describe pods web-0 web-1").get()
                == .describe(
                    kind: "Pod", names: ["web-0", "web-1"], namespace: "default", selector: nil))
        #expect(
            try parser.parse("describe po -l app=web").get()
                == .describe(kind: "Pod", names: [], namespace: "default", selector: "app=web"))
    }

    @Test func describeRefusesWhatKubectlRefuses() {
        let parser = KubectlParser()
        func message(_ line: String) -> String? {
            if case .failure(let error) = parser.parse(line) { return error.message }
            return nil
        }
        #expect(message("describe")?.hasPrefix("You must specify the type of resource") == true)
        #expect(
            message("describe pods web -l app=web")
                == "name cannot be provided when a selector is specified")
        #expect(message("describe ns default") == "describe ns is not supported")
        #expect(
            message("describe widgets") == "the server doesn't have a resource type \"widgets\"")
    }
}
