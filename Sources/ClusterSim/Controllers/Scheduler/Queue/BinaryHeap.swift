import KubeModel

/// A binary min-heap under a caller-given order, for the scheduling queue's active and back-off
/// queues (upstream `internal/heap`).
///
/// Entries that went stale are skipped by the queue.
struct BinaryHeap<Element> {
    private var storage: [Element] = []
    private let runsBefore: (Element, Element) -> Bool

    init(_ runsBefore: @escaping (Element, Element) -> Bool) {
        self.runsBefore = runsBefore
    }

    var isEmpty: Bool { storage.isEmpty }
    var first: Element? { storage.first }

    mutating func push(_ element: Element) {
        storage.append(element)
        var child = storage.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard runsBefore(storage[child], storage[parent]) else { break }
            storage.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Element? {
        guard let top = storage.first else { return nil }
        let last = storage.removeLast()
        guard !storage.isEmpty else { return top }
        storage[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < storage.count, runsBefore(storage[left], storage[smallest]) {
                smallest = left
            }
            if right < storage.count, runsBefore(storage[right], storage[smallest]) {
                smallest = right
            }
            guard smallest != parent else { break }
            storage.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}
