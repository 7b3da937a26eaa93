/// The coding key the YAML decoder reports in `codingPath`: a mapping key or a sequence index.
struct FieldCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = "\(intValue)"
        self.intValue = intValue
    }

    static let superKey = FieldCodingKey(stringValue: "super")
}
