package dev.storybrief.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fixed set of connections to one SQLite file, each used by one thread at a time. Every connection runs in
 * write-ahead-log mode with {@code synchronous=FULL}: a commit is on disk before it returns, so a process killed
 * at any moment keeps every transaction that committed and none that did not.
 */
public final class SqliteConnections implements AutoCloseable {
    private static final long BORROW_TIMEOUT_SECONDS = 30;

    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();

    /** Opens {@code size} connections to the database {@code file}, creating it when missing. */
    public SqliteConnections(Path file, int size) {
        this.idle = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                Connection c = open(file);
                all.add(c);
                idle.add(c);
            }
        } catch (SQLException e) {
            close();
            throw new StoreException("opening the database " + file, e);
        }
    }

    private static Connection open(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 15000");
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
        }
        return c;
    }

    /** Work done with a connection; may throw the database's exception. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} with a connection borrowed for the duration. */
    public <T> T with(String doing, Work<T> work) {
        Connection c = borrow(doing);
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(doing, e);
        } finally {
            idle.add(c);
        }
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none. */
    public <T> T inTransaction(String doing, Work<T> work) {
        return with(doing, c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    private Connection borrow(String doing) {
        try {
            Connection c = idle.poll(BORROW_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (c == null) {
                throw new StoreException(doing, new SQLException("no database connection free after "
                        + BORROW_TIMEOUT_SECONDS + " s"));
            }
            return c;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(doing, new SQLException("interrupted"));
        }
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing on shutdown: nothing left to do with a connection that will not close
            }
        }
    }
}
