package org.ducha.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.accounts.Jurisdiction;
import org.ducha.shared.RegionCode;

/**
 * Reads complaints, always through the reader's jurisdiction: a local handler's query
 * carries its regions in SQL, so no page or endpoint can show it another county's
 * complaints.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintQueries {

	/** Largest page a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * Compared against when a receipt number is unknown, so both failures take the same
	 * time.
	 */
	private static final String DUMMY_HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z8W1Qd0TLtVsWGNp7N2GGKy.";

	private final Complaints complaints;

	private final org.springframework.security.crypto.password.PasswordEncoder queryCodes;

	ComplaintQueries(Complaints complaints, org.springframework.security.crypto.password.PasswordEncoder queryCodes) {
		this.complaints = complaints;
		this.queryCodes = queryCodes;
		this.dummyHash = queryCodes.encode(QueryCodes.next());
	}

	/**
	 * Compared against when a receipt number is unknown, so both failures take the same
	 * time.
	 */
	private final String dummyHash;

	/**
	 * 查询: the complaint with this receipt number, if the query code matches. An unknown
	 * number and a wrong code give the same empty answer, in about the same time.
	 * @param receiptNumber 受理编号
	 * @param queryCode 查询码
	 * @return the complaint, or empty
	 */
	public java.util.Optional<ComplaintSummary> trace(String receiptNumber, String queryCode) {
		if (receiptNumber == null || queryCode == null || !ReceiptNumber.isWellFormed(receiptNumber.strip())
				|| queryCode.length() > 40) {
			return java.util.Optional.empty();
		}
		java.util.Optional<Complaint> found = this.complaints.findByReceiptNumber(receiptNumber.strip());
		String hash = found.map(Complaint::queryCodeHash).orElse(null);
		boolean matches = this.queryCodes.matches(queryCode.strip().toUpperCase(java.util.Locale.ROOT),
				(hash != null) ? hash : this.dummyHash);
		return (hash != null && matches) ? found.map(Complaint::summary) : java.util.Optional.empty();
	}

	/**
	 * One complaint, if it exists and the reader may see it.
	 * @param id the complaint
	 * @param jurisdiction the reader's jurisdiction
	 * @return the complaint
	 * @throws ComplaintNotFound when it does not exist or lies outside the jurisdiction
	 */
	public ComplaintView get(UUID id, Jurisdiction jurisdiction) {
		return this.complaints.findById(id)
			.filter((complaint) -> jurisdiction.covers(complaint.regionCode()))
			.map(Complaint::view)
			.orElseThrow(() -> new ComplaintNotFound(id));
	}

	/**
	 * A page of complaints, newest first.
	 * @param filter what to look for
	 * @param jurisdiction the reader's jurisdiction
	 * @param page page number from 0
	 * @param size page size, 1–{@value #MAX_PAGE_SIZE}
	 * @return the page
	 */
	public Page<ComplaintSummary> search(ComplaintFilter filter, Jurisdiction jurisdiction, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, MAX_PAGE_SIZE),
				Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("receiptNumber")));
		return this.complaints.findAll(matching(filter, jurisdiction), request).map(Complaint::summary);
	}

	/**
	 * Every accepted complaint of a campaign in order of receipt (for composing transfer
	 * batches).
	 * @param campaignId the campaign
	 * @return the accepted complaints
	 */
	public List<ComplaintSummary> accepted(UUID campaignId) {
		ComplaintFilter filter = new ComplaintFilter(campaignId, ComplaintStatus.ACCEPTED, null, null, null, null, null,
				null);
		return this.complaints
			.findAll(matching(filter, Jurisdiction.everywhere()), Sort.by("receivedAt", "receiptNumber"))
			.stream()
			.map(Complaint::summary)
			.toList();
	}

	/**
	 * Locks a complaint until the caller's transaction ends, so that a read model fed by
	 * several of its events (which arrive concurrently) reads and writes it one event at
	 * a time, the later one seeing the latest state.
	 * @param id the complaint
	 * @return whether it exists
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public boolean lock(UUID id) {
		return this.complaints.lockId(id).isPresent();
	}

	/**
	 * Locks the given complaints until the caller's transaction ends and tells which of
	 * them are still accepted (not merged or otherwise moved meanwhile): a batch takes
	 * only those, and a merge waiting for the lock then sees the batch.
	 * @param ids the complaints a batch is about to take
	 * @return those still accepted
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public java.util.Set<UUID> lockStillAccepted(java.util.Collection<UUID> ids) {
		java.util.Set<UUID> accepted = new java.util.HashSet<>();
		List<UUID> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += 500) {
			accepted.addAll(this.complaints.lockAccepted(all.subList(from, Math.min(all.size(), from + 500))));
		}
		return accepted;
	}

	/**
	 * Complaints handed over to localities (不属于受理范围), grouped by the body that received
	 * them.
	 * @param campaignId the campaign
	 * @param jurisdiction the reader's jurisdiction
	 * @return receiving body → its complaints, in order of receipt
	 */
	public Map<String, List<ComplaintSummary>> handOvers(UUID campaignId, Jurisdiction jurisdiction) {
		ComplaintFilter filter = new ComplaintFilter(campaignId, ComplaintStatus.HANDED_OVER, null, null, null, null,
				null, null);
		Map<String, List<ComplaintSummary>> byBody = new LinkedHashMap<>();
		this.complaints.findAll(matching(filter, jurisdiction), Sort.by("receivingBody", "receivedAt"))
			.forEach((complaint) -> {
				ComplaintSummary summary = complaint.summary();
				byBody.computeIfAbsent(summary.receivingBody(), (body) -> new ArrayList<>()).add(summary);
			});
		return byBody;
	}

	private static Specification<Complaint> matching(ComplaintFilter filter, Jurisdiction jurisdiction) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.campaignId() != null) {
				predicates.add(cb.equal(root.get("campaignId"), filter.campaignId()));
			}
			if (filter.status() != null) {
				predicates.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.channel() != null) {
				predicates.add(cb.equal(root.get("channel"), filter.channel()));
			}
			if (filter.problemType() != null) {
				predicates.add(cb.isMember(filter.problemType(), root.get("problemTypes")));
			}
			if (filter.from() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("receivedDay"), filter.from()));
			}
			if (filter.to() != null) {
				predicates.add(cb.lessThanOrEqualTo(root.get("receivedDay"), filter.to()));
			}
			if (filter.receiptNumber() != null && !filter.receiptNumber().isBlank()) {
				predicates.add(cb.equal(root.get("receiptNumber"), filter.receiptNumber().strip()));
			}
			if (RegionCode.isValid(filter.regionCode())) {
				predicates.add(cb.like(root.get("regionCode"), new RegionCode(filter.regionCode()).prefix() + "%"));
			}
			if (!jurisdiction.unrestricted()) {
				List<Predicate> within = jurisdiction.prefixes()
					.stream()
					.map((prefix) -> cb.like(root.get("regionCode"), prefix + "%"))
					.toList();
				predicates.add(within.isEmpty() ? cb.disjunction() : cb.or(within.toArray(Predicate[]::new)));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
