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

	private final StringBuilder buffer = new StringBuilder(1 << 21);

	private long rows;

	Copy(Connection connection, String table, String columns) throws SQLException {
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
		flush();
		this.in.endCopy();
	}

}
