import Dispatch

extension Collection {
    /// `map` with the elements spread over the cores, results in order. For work whose items
    /// are independent and each large enough to outweigh a thread hop (a document, a file);
    /// `transform` is called from several threads at once and must be safe to.
    public func concurrentMap<T>(_ transform: (Element) -> T) -> [T] {
        nonisolated(unsafe) let elements = Array(self)
        var results = [T?](repeating: nil, count: elements.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot.
            nonisolated(unsafe) let slots = buffer
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let transform = transform
                DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                    slots[index] = transform(elements[index])
                }
            }
        }
        return results.map { $0! }
    }
}
