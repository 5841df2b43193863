package org.ducha.disclosure;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ducha.shared.ConflictException;

/**
 * 典型案例: a case written up by the team as an example (a polluter, what was found, what was
 * done, who was held to account), published on the portal after a team leader approves
 * it. What is published is the redacted title and text, fixed at publication; withdrawing
 * it takes it off the portal and lets the team revise it.
 */
@Entity
@Table(name = "typical_case")
class TypicalCase {

	@Id
	private UUID id;

	@Column(name = "campaign_id", nullable = false)
	private UUID campaignId;

	@Column(nullable = false)
	private String title;

	@Column(name = "region_code")
	private String regionCode;

	@Column(nullable = false)
	private String body;

	@Column(name = "public_title")
	private String publicTitle;

	@Column(name = "public_body")
	private String publicBody;

	@Column(nullable = false)
	private int redactions;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TypicalCaseStatus status;

	@Column(name = "written_by", nullable = false)
	private String writtenBy;

	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;

	@Column(name = "published_by")
	private String publishedBy;

	@Column(name = "published_at")
	private Instant publishedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "typical_case_case", joinColumns = @JoinColumn(name = "typical_case_id"))
	@Column(name = "case_id")
	private Set<UUID> caseIds = new LinkedHashSet<>();

	@Version
	private int version;

	protected TypicalCase() {
	}

	TypicalCase(UUID campaignId, TypicalCaseDraft draft, String author, Instant now) {
		this.id = UUID.randomUUID();
		this.campaignId = campaignId;
		this.status = TypicalCaseStatus.DRAFT;
		this.writtenBy = author;
		this.writtenAt = now;
		take(draft);
	}

	void revise(TypicalCaseDraft draft, String author, Instant now) {
		if (this.status != TypicalCaseStatus.DRAFT) {
			throw new ConflictException("typicalCase.published");
		}
		this.writtenBy = author;
		this.writtenAt = now;
		take(draft);
	}

	void publish(Redaction title, Redaction body, String leader, Instant now) {
		if (this.status == TypicalCaseStatus.PUBLISHED) {
			throw new ConflictException("typicalCase.published");
		}
		this.publicTitle = title.text();
		this.publicBody = body.text();
		this.redactions = title.spans().size() + body.spans().size();
		this.status = TypicalCaseStatus.PUBLISHED;
		this.publishedBy = leader;
		this.publishedAt = now;
	}

	void withdraw() {
		if (this.status != TypicalCaseStatus.PUBLISHED) {
			throw new ConflictException("typicalCase.notPublished");
		}
		this.status = TypicalCaseStatus.DRAFT;
		this.publicTitle = null;
		this.publicBody = null;
		this.publishedBy = null;
		this.publishedAt = null;
	}

	private void take(TypicalCaseDraft draft) {
		this.title = draft.title().strip();
		this.regionCode = draft.regionCode();
		this.body = draft.body().strip();
		this.caseIds = new LinkedHashSet<>(draft.caseIds());
	}

	UUID id() {
		return this.id;
	}

	UUID campaignId() {
		return this.campaignId;
	}

	TypicalCaseView view() {
		return new TypicalCaseView(this.id, this.campaignId, this.title, this.regionCode, this.body, this.publicTitle,
				this.publicBody, this.redactions, this.status, Set.copyOf(this.caseIds), this.writtenBy, this.writtenAt,
				this.publishedBy, this.publishedAt);
	}

	PublicTypicalCase publicView() {
		return new PublicTypicalCase(this.id, this.publicTitle, this.regionCode, this.publicBody, this.publishedAt);
	}

}
