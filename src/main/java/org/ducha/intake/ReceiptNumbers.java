package org.ducha.intake;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.campaigns.CampaignDetails;
import org.ducha.shared.ConflictException;

/**
 * Hands out receipt numbers, gap-free per campaign, prefix and day. The day's counter row
 * is incremented inside the transaction that registers the complaint: its row lock makes
 * concurrent registrations queue, and a rolled back registration rolls its number back
 * too, so no number is skipped or given twice.
 */
@Component
class ReceiptNumbers {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	ReceiptNumbers(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Makes sure the day's counter exists. Runs in its own short transaction, before the
	 * registering one, so that two clerks creating the first number of a day do not fail
	 * each other.
	 * @param campaign the campaign
	 * @param channel the channel
	 * @param day the day received
	 */
	void prepare(CampaignDetails campaign, Channel channel, LocalDate day) {
		String prefix = prefix(campaign, channel);
		boolean exists = counterExists(campaign.id(), prefix, day);
		if (exists) {
			return;
		}
		try {
			this.transactions.executeWithoutResult((status) -> this.jdbc
				.sql("INSERT INTO receipt_counter (campaign_id, prefix, received_day, last_value) VALUES (?, ?, ?, 0)")
				.params(campaign.id(), prefix, day)
				.update());
		}
		catch (DuplicateKeyException ex) {
			// another registration created it first: exactly what was wanted
		}
	}

	/**
	 * Takes the next number. Must run inside the registering transaction, after
	 * {@link #prepare}.
	 * @param campaign the campaign
	 * @param channel the channel
	 * @param day the day received
	 * @return the next number
	 */
	ReceiptNumber next(CampaignDetails campaign, Channel channel, LocalDate day) {
		String prefix = prefix(campaign, channel);
		int updated = this.jdbc.sql(
				"UPDATE receipt_counter SET last_value = last_value + 1 WHERE campaign_id = ? AND prefix = ? AND received_day = ?")
			.params(campaign.id(), prefix, day)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("No receipt counter for " + prefix + " on " + day);
		}
		int sequence = this.jdbc
			.sql("SELECT last_value FROM receipt_counter WHERE campaign_id = ? AND prefix = ? AND received_day = ?")
			.params(campaign.id(), prefix, day)
			.query(Integer.class)
			.single();
		if (sequence > ReceiptNumber.MAX_DAILY_SEQUENCE) {
			// the whole transaction rolls back, the counter with it
			throw new ConflictException("receipt.dayExhausted", prefix, day, ReceiptNumber.MAX_DAILY_SEQUENCE);
		}
		return ReceiptNumber.compose(channel, campaign.receiptNumberScheme().round(),
				campaign.receiptNumberScheme().unitLetters(), day, sequence);
	}

	private boolean counterExists(UUID campaignId, String prefix, LocalDate day) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM receipt_counter WHERE campaign_id = ? AND prefix = ? AND received_day = ?")
			.params(campaignId, prefix, day)
			.query(Integer.class)
			.single() > 0;
	}

	private static String prefix(CampaignDetails campaign, Channel channel) {
		return ReceiptNumber.prefix(channel, campaign.receiptNumberScheme().round(),
				campaign.receiptNumberScheme().unitLetters());
	}

}
