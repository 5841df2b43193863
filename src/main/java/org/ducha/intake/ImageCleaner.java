package org.ducha.intake;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

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

	private static BufferedImage read(byte[] content) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
			if (image == null || image.getWidth() > 20_000 || image.getHeight() > 20_000) {
				throw new IllegalArgumentException("Not a readable image");
			}
			return image;
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Not a readable image", ex);
		}
	}

}
