import GRDB

/// One transaction, or one consistent read, on the Headset database: what ``HeadsetDatabase``
/// hands to a `write` or `read` closure and what every repository takes (`in: transaction`).
///
/// Opaque on purpose: nothing outside Storage sees the SQL engine, so a second backend is an
/// addition behind the repositories, not a change at every door.
public struct DatabaseTransaction {
    let database: Database

    init(_ database: Database) { self.database = database }
}
