package org.ducha.shared;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.tika.Tika;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stores uploaded files outside the web root under generated names (never the client's
 * file name, so no path tricks), with their SHA-256 checksum.
 */
@Component
public class FileStore {

	private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

	private final Path root;

	private final Tika tika = new Tika();

	FileStore(@Value("${ducha.storage.dir:./data/files}") String root) {
		this.root = Path.of(root).toAbsolutePath().normalize();
	}

	/**
	 * Stores a file.
	 * @param content the bytes
	 * @return the key and checksum
	 */
	public Stored store(InputStream content) {
		String key = UUID.randomUUID().toString();
		try {
			Files.createDirectories(this.root);
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			Path target = path(key);
			try (DigestInputStream in = new DigestInputStream(content, sha256)) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return new Stored(key, HexFormat.of().formatHex(sha256.digest()), Files.size(target));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Checks and stores an upload: not empty, not larger than allowed, and of an allowed
	 * type as read from the content (Apache Tika), never trusting the name or the client.
	 * Problems are reported on the field {@code file} with the codes
	 * {@code evidence.empty}, {@code evidence.tooLarge} and {@code evidence.type}.
	 * @param filename the client's file name (cleaned, for display only)
	 * @param size the announced size
	 * @param content the bytes
	 * @param allowedTypes the media types accepted
	 * @param maxBytes the largest size accepted
	 * @return the cleaned name, the detected type and the stored file
	 */
	public Checked storeChecked(String filename, long size, InputStream content, Set<String> allowedTypes,
			long maxBytes) {
		if (size <= 0) {
			throw new RuleViolationException(new FieldViolation("file", "evidence.empty"));
		}
		if (size > maxBytes) {
			throw new RuleViolationException(new FieldViolation("file", "evidence.tooLarge", maxBytes / 1048576));
		}
		String cleanName = cleanName(filename);
		try (InputStream in = new BufferedInputStream(content)) {
			in.mark(64 * 1024);
			String type = this.tika.detect(in, cleanName);
			in.reset();
			if (!allowedTypes.contains(type)) {
				throw new RuleViolationException(new FieldViolation("file", "evidence.type", type));
			}
			Stored stored = store(in);
			if (stored.size() > maxBytes) {
				delete(stored.key());
				throw new RuleViolationException(new FieldViolation("file", "evidence.tooLarge", maxBytes / 1048576));
			}
			return new Checked(cleanName, type, stored);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A client's file name made safe for display: no directories, no control or reserved
	 * characters, at most 200 characters.
	 */
	public static String cleanName(String filename) {
		String name = (filename == null) ? "" : filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "file";
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	public byte[] read(String key) {
		try {
			return Files.readAllBytes(path(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void delete(String key) {
		try {
			Files.deleteIfExists(path(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path path(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a storage key");
		}
		return this.root.resolve(key);
	}

	/**
	 * A stored file.
	 *
	 * @param key its storage key
	 * @param sha256 hex SHA-256 of the content
	 * @param size bytes
	 */
	public record Stored(String key, String sha256, long size) {

	}

	/**
	 * A checked and stored upload.
	 *
	 * @param filename the cleaned file name
	 * @param contentType the type read from the content
	 * @param stored the stored file
	 */
	public record Checked(String filename, String contentType, Stored stored) {

	}

}
