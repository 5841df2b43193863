package org.ducha.bench;

import java.util.List;

/**
 * One way of taking a complaint from registration to an accepted report: through Ducha's
 * API, as bare SQL, or as a Flowable process. Each client runs lifecycles one after
 * another and marks the end of every step.
 */
interface Lifecycle extends AutoCloseable {

	String name();

	List<String> steps();

	/** Before timing: whatever every client needs (its campaign, its connection). */
	void prepare(int clients) throws Exception;

	/**
	 * Runs lifecycle {@code n} for a client.
	 * @param client the client, from 0
	 * @param n the lifecycle's number, unique in the run
	 * @param clock marks the end of each step
	 */
	void run(int client, long n, Steps clock) throws Exception;

	/** The Ducha database this variant writes to, for its commit and row counts; or null. */
	default String database() {
		return null;
	}

	/** Work left behind after the last lifecycle (asynchronous listeners), or nothing. */
	default void drain() throws Exception {
	}

	@Override
	default void close() throws Exception {
	}

	/** Marks the end of each step of one lifecycle. */
	interface Steps {

		void done(int step);

	}

}
