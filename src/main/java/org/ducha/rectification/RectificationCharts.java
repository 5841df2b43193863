package org.ducha.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.springframework.stereotype.Component;

import org.ducha.accounts.Jurisdiction;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.shared.RegionCode;
import org.ducha.stats.ChartQuery;
import org.ducha.stats.ChartSource;
import org.ducha.stats.Charts.ChartData;

/**
 * The dashboard's rectification charts, from the board (colours derived by
 * {@link TaskWarnings}): tasks by warning colour, and by lead unit. The colours are those
 * of the period's last day (today at the latest); a region keeps the tasks of that
 * region.
 */
@Component
class RectificationCharts implements ChartSource {

	private final RectificationQueries queries;

	private final Clock clock;

	RectificationCharts(RectificationQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@Override
	public List<String> charts() {
		return List.of("taskColours", "taskUnits");
	}

	@Override
	public ChartData chart(String name, ChartQuery query) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), CampaignDetails.CHINA_TIME);
		LocalDate day = (query.to() != null && query.to().isBefore(today)) ? query.to() : today;
		Jurisdiction region = (query.regionCode() != null) ? Jurisdiction.of(Set.of(new RegionCode(query.regionCode())))
				: Jurisdiction.everywhere();
		BoardView board = this.queries.board(query.campaignId(), region, day);
		if ("taskColours".equals(name)) {
			List<String> categories = List.of("BLUE", "YELLOW", "RED", "inCloseOut", "done");
			List<Long> counts = List.of(board.byColour().get(WarningColour.BLUE),
					board.byColour().get(WarningColour.YELLOW), board.byColour().get(WarningColour.RED),
					board.inCloseOut(), board.done());
			return new ChartData(name, categories, Map.of("count", counts));
		}
		Map<String, List<Long>> series = new LinkedHashMap<>();
		series.put("BLUE", column(board, BoardView.Row::blue));
		series.put("YELLOW", column(board, BoardView.Row::yellow));
		series.put("RED", column(board, BoardView.Row::red));
		series.put("inCloseOut", column(board, BoardView.Row::inCloseOut));
		series.put("done", column(board, BoardView.Row::done));
		return new ChartData(name, new ArrayList<>(board.byUnit().stream().map(BoardView.Row::name).toList()), series);
	}

	private static List<Long> column(BoardView board, ToLongFunction<BoardView.Row> value) {
		return board.byUnit().stream().map((row) -> value.applyAsLong(row)).toList();
	}

}
