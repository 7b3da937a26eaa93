extension Organization {
    /// The titles a name resolves to: keys, translated names and aliases, ignoring case,
    /// diacritics, hyphens and extra spaces ("bank-tellér" finds "Bank Teller").
    ///
    /// More than one title means the name is ambiguous (validation reports it).
    public func titles(matching name: String) -> [Title] {
        let folded = TextFolding.fold(name)
        if let exact = titleIndex[name] { return [titles[exact]] + (titleNames[folded] ?? []).filter { $0 != exact }.map { titles[$0] } }
        return (titleNames[folded] ?? []).map { titles[$0] }
    }

    /// The one title a name resolves to; nil when none or several match.
    public func title(named name: String) -> Title? {
        if let exact = titleIndex[name] { return titles[exact] }
        let matches = titles(matching: name)
        return matches.count == 1 ? matches[0] : nil
    }
}
