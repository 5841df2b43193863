package org.ducha.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into one table with PostgreSQL's {@code COPY … FROM STDIN} (text format),
 * flushed every megabyte.
 */
final class Copy implements AutoCloseable {

	private final CopyIn in;

	private final Connection connection;

	private final boolean owned;

	private final StringBuilder buffer = new StringBuilder(1 << 21);

	private long rows;

	Copy(Connection connection, String table, String columns) throws SQLException {
		this(connection, table, columns, false);
	}

	/** A copy on a connection of its own, closed with it (held here: the driver closes unreachable ones). */
	static Copy alone(Connection connection, String table, String columns) throws SQLException {
		return new Copy(connection, table, columns, true);
	}

	private Copy(Connection connection, String table, String columns, boolean owned) throws SQLException {
		this.connection = connection;
		this.owned = owned;
		this.in = connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
	}

	Copy row(Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.buffer.append('\t');
			}
			Object value = values[i];
			if (value == null) {
				this.buffer.append("\\N");
			}
			else if (value instanceof Boolean bool) {
				this.buffer.append(bool ? 't' : 'f');
			}
			else {
				escape(value.toString());
			}
		}
		this.buffer.append('\n');
		this.rows++;
		if (this.buffer.length() > (1 << 20)) {
			flush();
		}
		return this;
	}

	long rows() {
		return this.rows;
	}

	private void escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> this.buffer.append("\\\\");
				case '\t' -> this.buffer.append("\\t");
				case '\n' -> this.buffer.append("\\n");
				case '\r' -> this.buffer.append("\\r");
				default -> this.buffer.append(c);
			}
		}
	}

	private void flush() throws SQLException {
		byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
		this.in.writeToCopy(bytes, 0, bytes.length);
		this.buffer.setLength(0);
	}

	@Override
	public void close() throws SQLException {
		try {
			flush();
			this.in.endCopy();
		}
		finally {
			if (this.owned) {
				this.connection.close();
			}
		}
	}

}
