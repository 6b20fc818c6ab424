/// The cluster's pending work: a binary min-heap ordered by (time, sequence number), so events at
/// the same instant run in the order they were scheduled, the same way on every run.
///
/// The heap holds plain values (time, sequence, slot) and the actions wait in slots beside it:
/// sifting moves only those values, never retaining or releasing a closure.
struct EventQueue {
    typealias Action = (Cluster) -> Void

    private struct Entry {
        let time: VirtualTime
        let sequence: UInt64
        let slot: Int

        func runsBefore(_ other: Entry) -> Bool {
            time != other.time ? time < other.time : sequence < other.sequence
        }
    }

    private var heap: [Entry] = []
    private var actions: [Action?] = []
    private var freeSlots: [Int] = []
    private var nextSequence: UInt64 = 0

    var isEmpty: Bool { heap.isEmpty }
    var count: Int { heap.count }
    var nextTime: VirtualTime? { heap.first?.time }

    mutating func push(_ time: VirtualTime, _ action: @escaping Action) {
        let slot: Int
        if let free = freeSlots.popLast() {
            slot = free
            actions[slot] = action
        } else {
            slot = actions.count
            actions.append(action)
        }
        heap.append(Entry(time: time, sequence: nextSequence, slot: slot))
        nextSequence += 1
        siftUp(heap.count - 1)
    }

    mutating func pop() -> (VirtualTime, Action)? {
        guard let first = heap.first, let action = actions[first.slot] else { return nil }
        actions[first.slot] = nil
        freeSlots.append(first.slot)
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            siftDown(0)
        }
        return (first.time, action)
    }

    private mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].runsBefore(heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ index: Int) {
        var parent = index
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var first = parent
            if left < heap.count && heap[left].runsBefore(heap[first]) { first = left }
            if right < heap.count && heap[right].runsBefore(heap[first]) { first = right }
            guard first != parent else { return }
            heap.swapAt(parent, first)
            parent = first
        }
    }
}
