package org.ducha.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on complaint attachments.
 *
 * @param maxBytes the largest file an officer may attach
 * @param maxPerComplaint files per complaint
 * @param publicMaxBytes the largest photo on the public form
 * @param publicMaxCount photos per complaint on the public form
 */
@ConfigurationProperties("ducha.attachments")
public record AttachmentSettings(Long maxBytes, Integer maxPerComplaint, Long publicMaxBytes, Integer publicMaxCount) {

	public AttachmentSettings {
		maxBytes = (maxBytes == null) ? 20L * 1024 * 1024 : maxBytes;
		maxPerComplaint = (maxPerComplaint == null) ? 20 : maxPerComplaint;
		publicMaxBytes = (publicMaxBytes == null) ? 5L * 1024 * 1024 : publicMaxBytes;
		publicMaxCount = (publicMaxCount == null) ? 3 : publicMaxCount;
	}

}
