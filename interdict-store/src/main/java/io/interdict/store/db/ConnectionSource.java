package io.interdict.store.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** The database's own connections (busy timeout, WAL) as a DataSource, for Flyway. */
final class ConnectionSource implements DataSource {
    private final Database db;
    private PrintWriter logWriter;
    private int loginTimeout;

    ConnectionSource(Database db) {
        this.db = db;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return db.migrationConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return db.migrationConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
