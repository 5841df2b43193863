package org.ducha.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintSummary;
import org.ducha.shared.ConflictException;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RuleViolationException;

/**
 * 每日交办: composes the day's batch from accepted complaints and transfers it, creating one
 * case file per complaint for the responsible unit.
 */
@Service
public class BatchTransfers {

	private final TransferBatches batches;

	private final CaseFiles cases;

	private final ComplaintQueries complaints;

	private final CampaignRegistry campaigns;

	private final Deadlines deadlines;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final RegionNaming regionNaming;

	BatchTransfers(TransferBatches batches, CaseFiles cases, ComplaintQueries complaints, CampaignRegistry campaigns,
			Deadlines deadlines, TransactionTemplate transactions, Clock clock, RegionNaming regionNaming) {
		this.regionNaming = regionNaming;
		this.batches = batches;
		this.cases = cases;
		this.complaints = complaints;
		this.campaigns = campaigns;
		this.deadlines = deadlines;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Complaints accepted and not yet in any batch: what the next batch would take.
	 * @param campaignId the campaign
	 * @return the complaints awaiting transfer
	 */
	public List<ComplaintSummary> awaitingTransfer(UUID campaignId) {
		this.campaigns.get(campaignId);
		Set<UUID> batched = new HashSet<>(this.batches.batchedComplaintIds(campaignId));
		return this.complaints.accepted(campaignId)
			.stream()
			.filter((complaint) -> !batched.contains(complaint.id()))
			.toList();
	}

	/**
	 * Whether a complaint has been taken into a batch (a draft or a transferred one):
	 * from then on it goes out as it is and can no longer be merged into another.
	 * @param complaintId the complaint
	 * @return true once it is in a batch
	 */
	public boolean isBatched(UUID complaintId) {
		return this.transactions.execute((status) -> this.batches.isBatched(complaintId));
	}

	/**
	 * Composes the next batch as a draft.
	 * @param campaignId the campaign
	 * @param complaintIds the complaints to take, or null/empty for all awaiting transfer
	 * @param keyCases those among them to mark 重点关注 (routed to the city level)
	 * @param supervised those among them to mark 督办
	 * @param actor the team officer
	 * @return the draft
	 */
	public BatchView compose(UUID campaignId, List<UUID> complaintIds, Set<UUID> keyCases, Set<UUID> supervised,
			String actor) {
		this.batches.findByCampaignIdAndStatus(campaignId, BatchStatus.DRAFT).ifPresent((draft) -> {
			throw new ConflictException("batch.draftExists", draft.number());
		});
		List<ComplaintSummary> waiting = awaitingTransfer(campaignId);
		List<ComplaintSummary> chosen = new ArrayList<>();
		List<FieldViolation> violations = new ArrayList<>();
		if (complaintIds == null || complaintIds.isEmpty()) {
			chosen.addAll(waiting);
		}
		else {
			for (UUID id : new LinkedHashSet<>(complaintIds)) {
				waiting.stream()
					.filter((complaint) -> complaint.id().equals(id))
					.findFirst()
					.ifPresentOrElse(chosen::add,
							() -> violations.add(new FieldViolation("complaintIds", "batch.complaint.notWaiting", id)));
			}
		}
		if (chosen.isEmpty() && violations.isEmpty()) {
			violations.add(new FieldViolation("complaintIds", "batch.empty"));
		}
		for (ComplaintSummary complaint : chosen) {
			if (complaint.regionCode() == null) {
				violations
					.add(new FieldViolation("complaintIds", "batch.complaint.noRegion", complaint.receiptNumber()));
			}
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		Set<UUID> key = (keyCases != null) ? keyCases : Set.of();
		Set<UUID> watched = (supervised != null) ? supervised : Set.of();
		List<BatchItem> items = chosen.stream()
			.map((complaint) -> new BatchItem(complaint.id(), complaint.receiptNumber(), complaint.channel().name(),
					complaint.regionCode(),
					String.join(",", complaint.problemTypes().stream().map(Enum::name).sorted().toList()),
					complaint.description(), key.contains(complaint.id()), watched.contains(complaint.id()),
					complaint.subType()))
			.toList();
		try {
			return this.transactions.execute((status) -> {
				this.batches.findByCampaignIdAndStatus(campaignId, BatchStatus.DRAFT).ifPresent((draft) -> {
					throw new ConflictException("batch.draftExists", draft.number());
				});
				java.util.Set<UUID> still = this.complaints
					.lockStillAccepted(items.stream().map(BatchItem::complaintId).toList());
				for (ComplaintSummary complaint : chosen) {
					if (!still.contains(complaint.id())) {
						throw new ConflictException("batch.complaint.changed", complaint.receiptNumber());
					}
				}
				int number = this.batches.lastNumber(campaignId) + 1;
				return this.batches.save(new TransferBatch(campaignId, number, items, actor, this.clock.instant()))
					.view();
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("batch.concurrent");
		}
	}

	/**
	 * 交办: sends a draft batch. Every complaint becomes a case file for the government of
	 * its region (a key case for the city above it), due to be signed for and reported on
	 * by the campaign's deadlines.
	 * @param batchId the batch
	 * @param actor the team officer
	 * @return the transferred batch
	 */
	public BatchView transfer(UUID batchId, String actor) {
		return this.transactions.execute((status) -> {
			TransferBatch batch = this.batches.findById(batchId)
				.orElseThrow(() -> new NotFoundException("batch.notFound", batchId));
			CampaignDetails campaign = this.campaigns.get(batch.campaignId());
			Instant now = this.clock.instant();
			LocalDate today = LocalDate.ofInstant(now, campaign.zone());
			batch.markTransferred(actor, now, today);
			LocalDate signDue = this.deadlines.signDue(today);
			LocalDate reportDue = this.deadlines.reportDue(today, campaign);
			java.util.Map<String, String> routing = this.campaigns.routingOf(batch.campaignId());
			for (BatchItem item : batch.items()) {
				String region = item.receivingRegionCode();
				this.cases.save(CaseFile.transfer(batch, item, region, signDue, reportDue, actor, now, today)
					.assignTo(this.regionNaming.governmentOf(region),
							this.regionNaming.leadDepartment(region, item.subType(), routing).orElse(null)));
			}
			return this.batches.save(batch).view();
		});
	}

	public BatchView get(UUID batchId) {
		return this.transactions.execute((status) -> this.batches.findById(batchId)
			.map(TransferBatch::view)
			.orElseThrow(() -> new NotFoundException("batch.notFound", batchId)));
	}

	public List<BatchView> ofCampaign(UUID campaignId) {
		return this.transactions.execute((status) -> this.batches.findByCampaignIdOrderByNumberDesc(campaignId)
			.stream()
			.map(TransferBatch::view)
			.toList());
	}

}
