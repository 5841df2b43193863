package org.ducha.shared;

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
import java.util.UUID;
import java.util.regex.Pattern;

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

}
