import Foundation

/// Owns C copies of strings that must outlive a single call, such as fields of
/// libxlsxwriter option structs; frees them all when the arena goes away.
final class CStringArena {
    private var pointers: [UnsafeMutablePointer<CChar>] = []

    func copy(_ text: String?) -> UnsafeMutablePointer<CChar>? {
        guard let text, let pointer = strdup(text) else { return nil }
        pointers.append(pointer)
        return pointer
    }

    deinit {
        for pointer in pointers { free(pointer) }
    }
}
