// Draws each dashboard chart from its JSON (no inline script: the page's CSP forbids it).
(function () {
	var PIES = ['closure', 'satisfaction', 'taskColours'];
	var STACKED = ['daily', 'accountability', 'taskUnits'];
	var WARNING_COLOURS = ['#2f6fdb', '#e0b000', '#d2302c', '#8c8c8c', '#2e9d4f'];
	document.querySelectorAll('.chart[data-url]').forEach(function (element) {
		var kind = element.dataset.kind;
		if (kind === 'countyMap') {
			countyMap(element);
			return;
		}
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

	// The inspected city's counties shaded by complaints (boundaries: tools/maps, docs/stats.md).
	function countyMap(element) {
		Promise.all([
			fetch(element.dataset.map, { credentials: 'same-origin' }).then(function (r) { return r.json(); }),
			fetch(element.dataset.url, { credentials: 'same-origin' }).then(function (r) { return r.json(); })
		]).then(function (loaded) {
			var geo = loaded[0];
			var data = loaded[1];
			var name = 'ducha-' + element.dataset.mapName;
			echarts.registerMap(name, geo);
			var series = data.series[Object.keys(data.series)[0]] || [];
			var values = data.categories.map(function (c, i) { return { name: c, value: series[i] }; });
			var max = Math.max.apply(null, [1].concat(series));
			var chart = echarts.init(element);
			chart.setOption({
				animation: false,
				tooltip: { trigger: 'item', formatter: function (p) { return p.name + '：' + (p.value || 0); } },
				visualMap: { min: 0, max: max, left: 0, bottom: 0, calculable: true,
					inRange: { color: ['#eef4fb', '#2f6fdb'] } },
				series: [{ type: 'map', map: name, roam: false, label: { show: true, fontSize: 10 },
					data: values }]
			});
			element.dataset.rendered = 'true';
			element.dataset.counties = String(geo.features.length);
		});
	}
})();
