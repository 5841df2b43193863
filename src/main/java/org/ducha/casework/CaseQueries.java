package org.ducha.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.accounts.Jurisdiction;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RegionCode;

/**
 * Reads case files through the reader's jurisdiction (in SQL): a county handler sees its
 * county's cases only.
 */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

	private final CaseFiles cases;

	private final Clock clock;

	CaseQueries(CaseFiles cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	public CaseView get(UUID id, Jurisdiction jurisdiction) {
		return this.cases.findById(id)
			.filter((file) -> jurisdiction.covers(file.regionCode()))
			.map((file) -> file.view(today()))
			.orElseThrow(() -> new NotFoundException("case.notFound", id));
	}

	/**
	 * The case a complaint became, if it was transferred.
	 * @param complaintId the complaint
	 * @return its case
	 */
	public java.util.Optional<CaseView> forComplaint(UUID complaintId) {
		return this.cases.findByComplaintId(complaintId).map((file) -> file.view(today()));
	}

	/**
	 * Which of these complaints have a concluded case (办结), in one statement.
	 * @param complaintIds complaints
	 * @return those whose case is concluded
	 */
	public java.util.Set<UUID> concludedAmong(java.util.Collection<UUID> complaintIds) {
		return complaintIds.isEmpty() ? java.util.Set.of()
				: this.cases.complaintsWithStatus(complaintIds, CaseStatus.CONCLUDED);
	}

	/**
	 * Case files matching the filter, by batch and receipt number. The colour is derived
	 * from today's date, so it is filtered after reading.
	 * @param filter what to look for
	 * @param jurisdiction the reader's jurisdiction
	 * @return the cases
	 */
	public List<CaseView> search(CaseFilter filter, Jurisdiction jurisdiction) {
		LocalDate today = today();
		return this.cases.findAll(matching(filter, jurisdiction), Sort.by("batchNumber", "receiptNumber"))
			.stream()
			.map((file) -> file.view(today))
			.filter((view) -> filter.colour() == null || view.colour() == filter.colour())
			.toList();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), CampaignDetails.CHINA_TIME);
	}

	private static Specification<CaseFile> matching(CaseFilter filter, Jurisdiction jurisdiction) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.campaignId() != null) {
				predicates.add(cb.equal(root.get("campaignId"), filter.campaignId()));
			}
			if (filter.batchId() != null) {
				predicates.add(cb.equal(root.get("batchId"), filter.batchId()));
			}
			if (filter.status() != null) {
				predicates.add(cb.equal(root.get("status"), filter.status()));
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
