// Draws each dashboard chart from its JSON (no inline script: the page's CSP forbids it).
(function () {
	var PIES = ['closure', 'satisfaction', 'taskColours'];
	var STACKED = ['daily', 'accountability', 'taskUnits'];
	var WARNING_COLOURS = ['#2f6fdb', '#e0b000', '#d2302c', '#8c8c8c', '#2e9d4f'];
	document.querySelectorAll('.chart[data-url]').forEach(function (element) {
		var kind = element.dataset.kind;
		fetch(element.dataset.url, { credentials: 'same-origin' })
			.then(function (response) { return response.json(); })
			.then(function (data) {
				var chart = echarts.init(element);
				var names = Object.keys(data.series);
				var pie = PIES.indexOf(kind) >= 0;
				var series = names.map(function (name, s) {
					if (pie) {
						return { type: 'pie', name: name, radius: '65%',
							data: data.categories.map(function (c, i) {
								var item = { name: c, value: data.series[name][i] };
								if (kind === 'taskColours') {
									item.itemStyle = { color: WARNING_COLOURS[i] };
								}
								return item;
							}) };
					}
					var bar = { type: 'bar', stack: STACKED.indexOf(kind) >= 0 ? 'all' : undefined,
						name: name, data: data.series[name] };
					if (kind === 'taskUnits') {
						bar.itemStyle = { color: WARNING_COLOURS[s] };
					}
					return bar;
				});
				var horizontal = kind === 'hotSpots' || kind === 'taskUnits';
				var categoryAxis = { type: 'category', data: data.categories, inverse: horizontal };
				var valueAxis = { type: 'value', minInterval: 1 };
				chart.setOption({
					animation: false,
					tooltip: { trigger: pie ? 'item' : 'axis' },
					legend: { data: pie ? data.categories : names, bottom: 0 },
					grid: { containLabel: true },
					xAxis: pie ? undefined : (horizontal ? valueAxis : categoryAxis),
					yAxis: pie ? undefined : (horizontal ? categoryAxis : valueAxis),
					series: series
				});
				element.dataset.rendered = 'true';
			});
	});
})();
