package org.ducha.shared;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A generated document as a download (Content-Disposition: attachment, UTF-8 file name).
 */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<byte[]> attachment(byte[] body, String contentType, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
