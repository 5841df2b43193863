package org.ducha.stats;

import java.util.List;

/**
 * A module that draws some dashboard charts from its own data (e.g. rectification tasks
 * by warning colour): the dashboard lists its charts after its own and serves them
 * through the same API, page, table and Excel export.
 */
public interface ChartSource {

	/**
	 * The charts this source draws.
	 * @return their names, unique across sources
	 */
	List<String> charts();

	/**
	 * One chart.
	 * @param name one of {@link #charts()}
	 * @param query the filters
	 * @return the series
	 */
	Charts.ChartData chart(String name, ChartQuery query);

}
