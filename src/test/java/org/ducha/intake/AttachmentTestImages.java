package org.ducha.intake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Test photos made here (no outside data).
 */
public final class AttachmentTestImages {

	private AttachmentTestImages() {
	}

	/** A 640×480 JPEG made here, with an EXIF GPS position and a camera make. */
	public static byte[] jpegWithGps() throws Exception {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(40, 40, 40));
		graphics.fillRect(0, 0, 640, 480);
		graphics.setColor(new Color(200, 200, 200));
		graphics.fillOval(200, 100, 240, 240);
		graphics.dispose();
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", plain);
		TiffOutputSet exif = new TiffOutputSet();
		exif.setGpsInDegrees(111.5189, 36.0880);
		exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "DuchaTestCam");
		ByteArrayOutputStream tagged = new ByteArrayOutputStream();
		new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), tagged, exif);
		return tagged.toByteArray();
	}

}
