import GRDB
@testable import Storage

// Raw SQL inside a repository transaction, for tests only: the public API hides GRDB, the
// tests look underneath to check the schema and what was written.
extension DatabaseTransaction {
    func execute(sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try database.execute(sql: sql, arguments: arguments)
    }

    func tableExists(_ name: String) throws -> Bool { try database.tableExists(name) }

    var totalChangesCount: Int { database.totalChangesCount }

    func indexes(on table: String) throws -> [IndexInfo] { try database.indexes(on: table) }

    func columns(in table: String) throws -> [ColumnInfo] { try database.columns(in: table) }
}

extension DatabaseValueConvertible where Self: StatementColumnConvertible {
    static func fetchOne(_ transaction: DatabaseTransaction, sql: String, arguments: StatementArguments = StatementArguments()) throws -> Self? {
        try fetchOne(transaction.database, sql: sql, arguments: arguments)
    }

    static func fetchAll(_ transaction: DatabaseTransaction, sql: String, arguments: StatementArguments = StatementArguments()) throws -> [Self] {
        try fetchAll(transaction.database, sql: sql, arguments: arguments)
    }
}

extension Row {
    static func fetchOne(_ transaction: DatabaseTransaction, sql: String, arguments: StatementArguments = StatementArguments()) throws -> Row? {
        try fetchOne(transaction.database, sql: sql, arguments: arguments)
    }

    static func fetchAll(_ transaction: DatabaseTransaction, sql: String, arguments: StatementArguments = StatementArguments()) throws -> [Row] {
        try fetchAll(transaction.database, sql: sql, arguments: arguments)
    }
}

extension AuditEntry {
    static func fetchCount(_ transaction: DatabaseTransaction) throws -> Int { try AuditRecord.fetchCount(transaction.database) }

    static func fetchAll(_ transaction: DatabaseTransaction) throws -> [AuditEntry] {
        try AuditRecord.fetchAll(transaction.database).map(\.entry)
    }
}
