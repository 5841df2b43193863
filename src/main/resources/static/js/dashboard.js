// Draws each dashboard chart from its JSON (no inline script: the page's CSP forbids it).
(function () {
	document.querySelectorAll('.chart[data-url]').forEach(function (element) {
		fetch(element.dataset.url, { credentials: 'same-origin' })
			.then(function (response) { return response.json(); })
			.then(function (data) {
				var chart = echarts.init(element);
				var names = Object.keys(data.series);
				var series = names.map(function (name) {
					var kind = element.dataset.kind;
					if (kind === 'closure' || kind === 'satisfaction') {
						return { type: 'pie', name: name, radius: '65%',
							data: data.categories.map(function (c, i) { return { name: c, value: data.series[name][i] }; }) };
					}
					return { type: kind === 'daily' ? 'bar' : 'bar', stack: kind === 'daily' ? 'all' : undefined,
						name: name, data: data.series[name] };
				});
				var pie = element.dataset.kind === 'closure' || element.dataset.kind === 'satisfaction';
				chart.setOption({
					animation: false,
					tooltip: { trigger: pie ? 'item' : 'axis' },
					legend: { data: names, bottom: 0 },
					xAxis: pie ? undefined : { type: 'category', data: data.categories },
					yAxis: pie ? undefined : { type: 'value', minInterval: 1 },
					series: series
				});
				element.dataset.rendered = 'true';
			});
	});
})();
