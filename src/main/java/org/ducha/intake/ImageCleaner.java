package org.ducha.intake;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * Takes the metadata out of images before they are stored — EXIF (GPS position, camera
 * make and serial, time) and XMP — and makes thumbnails. JPEGs are rewritten losslessly
 * (Apache Commons Imaging drops the APP1 segments); PNGs are re-encoded, which keeps only
 * the pixels.
 */
final class ImageCleaner {

	static final int THUMBNAIL_EDGE = 240;

	/** Pictures above 50 megapixels are not decoded. */
	static final long MAX_PIXELS = 50_000_000L;

	private ImageCleaner() {
	}

	/**
	 * The image without metadata.
	 * @param content the image
	 * @param contentType its real type
	 * @return the cleaned bytes
	 * @throws IllegalArgumentException when the image cannot be read
	 */
	static byte[] strip(byte[] content, String contentType) {
		try {
			if ("image/jpeg".equals(contentType)) {
				ByteArrayOutputStream withoutExif = new ByteArrayOutputStream(content.length);
				new ExifRewriter().removeExifMetadata(content, withoutExif);
				ByteArrayOutputStream withoutXmp = new ByteArrayOutputStream(content.length);
				new JpegXmpRewriter().removeXmpXml(withoutExif.toByteArray(), withoutXmp);
				return withoutXmp.toByteArray();
			}
			if ("image/png".equals(contentType)) {
				BufferedImage image = read(content);
				ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
				ImageIO.write(image, "png", out);
				return out.toByteArray();
			}
			return content;
		}
		catch (ImagingException ex) {
			throw new IllegalArgumentException("Not a readable image", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A JPEG thumbnail at most {@value #THUMBNAIL_EDGE} pixels on its longer edge.
	 * @param content the (cleaned) image
	 * @return the thumbnail
	 * @throws IllegalArgumentException when the image cannot be read
	 */
	static byte[] thumbnail(byte[] content) {
		BufferedImage image = read(content);
		double scale = Math.min(1.0, (double) THUMBNAIL_EDGE / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = small.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.drawImage(image, 0, 0, width, height, java.awt.Color.WHITE, null);
		}
		finally {
			graphics.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(small, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Decodes an image, after checking its announced size (a small file can announce an
	 * enormous picture).
	 */
	private static BufferedImage read(byte[] content) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = (in != null) ? ImageIO.getImageReaders(in) : null;
			if (readers == null || !readers.hasNext()) {
				throw new IllegalArgumentException("Not a readable image");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new IllegalArgumentException("Image too large to decode");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Not a readable image", ex);
		}
	}

}
