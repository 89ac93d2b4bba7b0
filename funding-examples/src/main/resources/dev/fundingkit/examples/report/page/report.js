/* FundingKit report page: draws every chart and table from the JSON model in #fk-data.
   Rates are [value, intervalMs]; the unit switch re-renders everything. No network access. */
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('fk-data').textContent);
  var H = 3600000, H8 = 8 * H, YEAR = 365 * 24 * H;
  var unit = '8h';
  var dark = !!(window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
  var charts = {};
  var KIND_COLOR = {PERSISTENT_NEGATIVE: 'rgba(214,39,40,0.16)', EXTREME_SPIKE: 'rgba(148,0,211,0.22)',
    NEGATIVE_WHILE_SPOT_RISES: 'rgba(255,127,14,0.18)'};
  var KIND_NAME = {PERSISTENT_NEGATIVE: 'persistent negative', EXTREME_SPIKE: 'extreme spike',
    NEGATIVE_WHILE_SPOT_RISES: 'negative while spot rises'};

  // ---- numbers, units, times ----
  function num(x, sig) {
    if (x === null || x === undefined || !isFinite(x)) { return 'n/a'; }
    if (x === 0) { return '0'; }
    var d = Math.max(0, Math.min(12, sig - 1 - Math.floor(Math.log10(Math.abs(x)))));
    var s = x.toFixed(d);
    return /^-0(\.0*)?$/.test(s) ? s.substring(1) : s;
  }
  function ivLabel(ms) {
    if (ms % H === 0) { return (ms / H) + 'h'; }
    if (ms % 60000 === 0) { return (ms / 60000) + 'm'; }
    return (ms / 1000) + 's';
  }
  function conv(v, iv) {
    if (unit === 'native') { return v; }
    var target = unit === 'year' ? YEAR : H8;
    return target === iv ? v : v * (target / iv);
  }
  function suffix(iv) {
    return unit === 'year' ? '%/yr' : unit === '8h' ? '%/8h' : '%/' + ivLabel(iv);
  }
  function unitName() {
    return unit === 'year' ? '% a year' : unit === '8h' ? '% per 8 h' : '% per settlement interval';
  }
  function fmtRate(v, iv) { return num(conv(v, iv) * 100, 3) + suffix(iv); }
  function fmtPctOf(x) { return num(x * 100, 3) + '%'; }
  function fmtTime(ms) { return new Date(ms).toISOString().substring(0, 16).replace('T', ' '); }
  function fmtHours(h) { return isFinite(h) ? num(h, 3) + ' h' : 'n/a'; }
  function fill(text) {
    return text.replace(/\{r:([-0-9.eE]+):(\d+)\}/g, function (m, v, iv) { return fmtRate(+v, +iv); })
      .replace(/\{t:(\d+)\}/g, function (m, t) { return fmtTime(+t) + ' UTC'; });
  }
  function quantile(sorted, q) {
    if (!sorted.length) { return 0; }
    var i = Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))));
    return sorted[i];
  }

  // ---- series ----
  function untime(o) {
    if (o.t) { return o.t; }
    var t = new Array(o.dt.length + 1);
    t[0] = o.t0;
    for (var i = 0; i < o.dt.length; i++) { t[i + 1] = t[i] + o.dt[i]; }
    o.t = t;
    return t;
  }
  function expand(s) {
    if (s.isPrimary) { s = D.primary; }
    untime(s);
    if (s.iva) { return s; }
    var iva = new Array(s.t.length), runs = s.iv, r = 0;
    for (var i = 0; i < s.t.length; i++) {
      while (r + 1 < runs.length && runs[r + 1][0] <= i) { r++; }
      iva[i] = runs[r][1];
    }
    s.iva = iva;
    return s;
  }
  function gapStarts(label) {
    var set = {};
    D.gaps.forEach(function (g) { if (g.series === label) { set[g.firstAfter] = g; } });
    return set;
  }
  // [t, y%, ivMs] points with a null point inside every gap, so the line breaks there.
  function points(s, label) {
    s = expand(s);
    var gaps = gapStarts(label), out = [];
    for (var i = 0; i < s.t.length; i++) {
      var g = gaps[s.t[i]];
      if (g && i > 0) { out.push([Math.round((s.t[i - 1] + s.t[i]) / 2), null, 0]); }
      out.push([s.t[i], conv(s.v[i], s.iva[i]) * 100, s.iva[i]]);
    }
    return out;
  }

  // ---- charts ----
  function chart(id) {
    var el = document.getElementById(id);
    if (!charts[id]) {
      charts[id] = echarts.init(el, dark ? 'dark' : null, {renderer: 'svg'});
    }
    return charts[id];
  }
  function zoomOf(c) {
    var o = c.getOption();
    if (o && o.dataZoom && o.dataZoom.length) { return [o.dataZoom[0].start, o.dataZoom[0].end]; }
    return [0, 100];
  }
  function base(c, extra) {
    var z = zoomOf(c);
    var o = {
      backgroundColor: 'transparent', useUTC: true, animation: false,
      grid: {left: 64, right: 96, top: 40, bottom: 64},
      legend: {type: 'scroll', top: 4, left: 'center', width: '80%'},
      xAxis: {type: 'time', axisLabel: {hideOverlap: true}},
      dataZoom: [{type: 'inside', start: z[0], end: z[1]}, {type: 'slider', start: z[0], end: z[1], height: 18, bottom: 10}],
      tooltip: {trigger: 'axis', className: 'fk-tooltip', confine: true}
    };
    for (var k in extra) { if (Object.prototype.hasOwnProperty.call(extra, k)) { o[k] = extra[k]; } }
    return o;
  }
  function axisTip(params) {
    var ps = Array.isArray(params) ? params : [params];
    var lines = [];
    ps.forEach(function (p, i) {
      var v = p.value;
      if (i === 0) { lines.push(fmtTime(v[0]) + ' UTC'); }
      if (v[1] === null || v[1] === undefined) { return; }
      var iv = v[2] || D.primary.iv[0][1];
      lines.push(p.marker + p.seriesName + ': ' + num(v[1], 3) + suffix(iv));
    });
    return lines.join('<br>');
  }
  function niceStep(raw) {
    var p = Math.pow(10, Math.floor(Math.log10(raw)));
    var f = raw / p;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * p;
  }
  function yAxisRate(sortedValues, extraValues) {
    var lo = quantile(sortedValues, 0.005), hi = quantile(sortedValues, 0.995);
    (extraValues || []).forEach(function (x) { lo = Math.min(lo, x); hi = Math.max(hi, x); });
    var pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.1 || 1e-6;
    var step = niceStep((hi - lo + 2 * pad) / 6);
    return {type: 'value', name: 'Funding (' + unitName() + ')', nameGap: 12,
      min: Math.floor((lo - pad) / step) * step, max: Math.ceil((hi + pad) / step) * step, interval: step,
      axisLabel: {formatter: function (x) { return num(x, 3) + '%'; }}};
  }

  function drawFunding() {
    var c = chart('ch-funding'), P = D.primary;
    var pts = points(P, P.label);
    var vals = pts.filter(function (p) { return p[1] !== null; }).map(function (p) { return p[1]; }).sort(function (a, b) { return a - b; });
    var levelY = D.levels.map(function (l) { return conv(l.rate[0], l.rate[1]) * 100; });
    var marks = [], area = [];
    var band = D.levels.filter(function (l) { return l.role === 'band'; });
    if (band.length === 2) {
      area.push([{yAxis: conv(band[1].rate[0], band[1].rate[1]) * 100, itemStyle: {color: 'rgba(47,111,181,0.07)'}},
        {yAxis: conv(band[0].rate[0], band[0].rate[1]) * 100}]);
    }
    D.levels.forEach(function (l, i) {
      var col = l.role === 'entry' ? '#2ca02c' : l.role === 'exit' ? '#8c564b' : '#2f6fb5';
      marks.push({yAxis: levelY[i], name: l.label, lineStyle: {color: col, type: l.role === 'mean' ? 'solid' : 'dashed', width: 1},
        label: {formatter: l.label + ' ' + fmtRate(l.rate[0], l.rate[1]), color: col, fontSize: 10,
          position: l.role === 'band' ? 'insideEndTop' : l.role === 'entry' ? 'insideEndBottom' : 'end'}});
    });
    D.episodes.forEach(function (e) {
      area.push([{xAxis: e.start, name: '', itemStyle: {color: KIND_COLOR[e.kind]}}, {xAxis: e.end}]);
    });
    function sig(kind) {
      return D.signals.filter(function (s) { return s.kind === kind; }).map(function (s) {
        return [s.t, conv(s.rate[0], s.rate[1]) * 100, s.rate[1]];
      });
    }
    var series = [
      {name: P.label, type: 'line', data: pts, showSymbol: false, connectNulls: false, lineStyle: {width: 1},
        sampling: pts.length > 8000 ? 'lttb' : undefined, z: 3,
        markLine: {silent: true, symbol: 'none', data: marks},
        markArea: {silent: true, data: area}},
      {name: 'entry signal', type: 'scatter', data: sig('ENTER'), symbol: 'triangle', symbolSize: 8, itemStyle: {color: '#2ca02c'}, z: 4},
      {name: 'exit signal', type: 'scatter', data: sig('EXIT'), symbol: 'diamond', symbolSize: 7, itemStyle: {color: '#8c564b'}, z: 4}
    ];
    Object.keys(KIND_NAME).forEach(function (k) {
      if (D.episodes.some(function (e) { return e.kind === k; })) {
        series.push({name: KIND_NAME[k], type: 'line', data: [], itemStyle: {color: KIND_COLOR[k].replace(/0\.\d+\)$/, '0.8)')}});
      }
    });
    c.setOption(base(c, {yAxis: yAxisRate(vals, levelY), series: series,
      tooltip: {trigger: 'axis', className: 'fk-tooltip', confine: true, formatter: axisTip}}), true);
    document.getElementById('c-funding').textContent = 'Each settlement ' + unitName()
      + '; μ and μ ± 2σ of the OU fit (shaded), entry and exit levels, reverse-farm entries (triangles) and exits (diamonds),'
      + ' regime episodes shaded by kind. The y-axis fits 99% of the prints; zoom or drag the slider for the rest. Gaps are breaks.';
  }

  function drawVenues() {
    if (D.comparison.length < 2) {
      var el = document.getElementById('ch-venues');
      el.style.display = 'none';
      el.previousElementSibling.textContent = 'One series in this report: nothing to compare it with.';
      return;
    }
    var c = chart('ch-venues');
    var all = [];
    var series = D.comparison.map(function (s) {
      var pts = points(s, s.label);
      pts.forEach(function (p) { if (p[1] !== null) { all.push(p[1]); } });
      return {name: s.label, type: 'line', data: pts, showSymbol: false, connectNulls: false,
        lineStyle: {width: 1}, sampling: pts.length > 8000 ? 'lttb' : undefined};
    });
    all.sort(function (a, b) { return a - b; });
    c.setOption(base(c, {yAxis: yAxisRate(all), series: series,
      tooltip: {trigger: 'axis', className: 'fk-tooltip', confine: true, formatter: axisTip}}), true);
  }

  function seriesByLabel(label) {
    for (var i = 0; i < D.comparison.length; i++) {
      if (D.comparison[i].label === label) { return expand(D.comparison[i]); }
    }
    return null;
  }
  function drawSpread() {
    var a = document.getElementById('spread-a'), b = document.getElementById('spread-b');
    var el = document.getElementById('ch-spread');
    if (D.comparison.length < 2) {
      el.parentNode.querySelector('.ctl').textContent = 'The spread needs two series or more.';
      el.style.display = 'none';
      return;
    }
    if (!a.options.length) {
      D.comparison.forEach(function (s) { a.add(new Option(s.label, s.label)); b.add(new Option(s.label, s.label)); });
      a.value = D.spread[0]; b.value = D.spread[1];
      a.onchange = b.onchange = drawSpread;
    }
    var A = seriesByLabel(a.value), B = seriesByLabel(b.value);
    var bt = {};
    for (var j = 0; j < B.t.length; j++) { bt[B.t[j]] = j; }
    var pts = [], last = null, sorted = [];
    for (var i = 0; i < A.t.length; i++) {
      var k = bt[A.t[i]];
      if (k === undefined) { continue; }
      var step = Math.max(A.iva[i], B.iva[k]);
      if (last !== null && A.t[i] - last > 1.5 * step) { pts.push([Math.round((A.t[i] + last) / 2), null, 0]); }
      var y = (conv(A.v[i], A.iva[i]) - conv(B.v[k], B.iva[k])) * 100;
      pts.push([A.t[i], y, A.iva[i]]);
      sorted.push(y);
      last = A.t[i];
    }
    sorted.sort(function (x, y) { return x - y; });
    var c = chart('ch-spread');
    var ya = yAxisRate(sorted);
    ya.name = 'Spread (' + unitName() + ')';
    c.setOption(base(c, {yAxis: ya, legend: {show: false},
      series: [{name: a.value + ' minus ' + b.value, type: 'line', data: pts, showSymbol: false, connectNulls: false, lineStyle: {width: 1}}],
      tooltip: {trigger: 'axis', className: 'fk-tooltip', confine: true, formatter: axisTip}}), true);
  }

  function drawHeatmap() {
    var el = document.getElementById('ch-heatmap');
    if (!D.heatmap.length) {
      el.outerHTML = '<p class="cap">No series with both a venue and a symbol: no heatmap.</p>';
      return;
    }
    var venues = [], symbols = [];
    D.heatmap.forEach(function (h) {
      if (venues.indexOf(h.venue) < 0) { venues.push(h.venue); }
      if (symbols.indexOf(h.symbol) < 0) { symbols.push(h.symbol); }
    });
    var data = D.heatmap.map(function (h) {
      return [symbols.indexOf(h.symbol), venues.indexOf(h.venue), conv(h.mean[0], h.mean[1]) * 100, h.mean[1]];
    });
    var vs = data.map(function (d) { return d[2]; });
    var m = Math.max(Math.abs(Math.min.apply(null, vs)), Math.abs(Math.max.apply(null, vs))) || 1e-9;
    var c = chart('ch-heatmap');
    c.setOption({backgroundColor: 'transparent', animation: false,
      grid: {left: 150, right: 110, top: 10, bottom: 30},
      xAxis: {type: 'category', data: symbols, splitArea: {show: true}},
      yAxis: {type: 'category', data: venues, splitArea: {show: true}},
      visualMap: {min: -m, max: m, dimension: 2, calculable: true, orient: 'vertical', right: 0, top: 'center',
        inRange: {color: ['#b2182b', '#f7f7f7', '#2166ac']}, text: [unitName(), ''],
        formatter: function (x) { return num(x, 3) + '%'; }},
      tooltip: {trigger: 'item', className: 'fk-tooltip', formatter: function (p) {
        return venues[p.value[1]] + ' ' + symbols[p.value[0]] + ': mean ' + num(p.value[2], 3) + suffix(p.value[3]);
      }},
      series: [{name: 'mean funding', type: 'heatmap', data: data,
        label: {show: true, formatter: function (p) { return num(p.value[2], 3) + suffix(p.value[3]); }}}]}, true);
  }

  function drawCumulative() {
    var P = expand(D.primary), c = chart('ch-cumulative');
    var longS = [], shortS = [], sum = 0;
    for (var i = 0; i < P.t.length; i++) {
      sum += P.v[i];
      longS.push([P.t[i], -sum * 100]);
      shortS.push([P.t[i], sum * 100]);
    }
    c.setOption(base(c, {
      yAxis: {type: 'value', name: '% of notional', axisLabel: {formatter: function (x) { return num(x, 3) + '%'; }}},
      tooltip: {trigger: 'axis', className: 'fk-tooltip', formatter: function (ps) {
        return fmtTime(ps[0].value[0]) + ' UTC' + ps.map(function (p) { return '<br>' + p.marker + p.seriesName + ': ' + num(p.value[1], 3) + '% of notional'; }).join('');
      }},
      series: [{name: 'long 1 unit', type: 'line', data: longS, showSymbol: false, lineStyle: {width: 1.5}},
        {name: 'short 1 unit', type: 'line', data: shortS, showSymbol: false, lineStyle: {width: 1.5}}]}), true);
  }

  function drawHalfLife() {
    var c = chart('ch-halflife'), W = D.halfLives;
    var finite = [];
    W.forEach(function (w) { if (w.hours !== null) { finite.push(w.hours); if (w.upper !== null) { finite.push(w.upper); } } });
    finite.sort(function (a, b) { return a - b; });
    var cap = Math.max(1, quantile(finite, 0.95) * 1.2);
    var fit = [], shortSpan = [], lower = [], width = [], failed = [], capped = [];
    W.forEach(function (w) {
      var ok = w.status === 'FITTED' || w.status === 'SHORT_SPAN';
      fit.push([w.end, w.status === 'FITTED' ? Math.min(w.hours, cap) : null, w]);
      if (w.status === 'SHORT_SPAN') { shortSpan.push([w.end, Math.min(w.hours, cap), w]); }
      if (ok) {
        var lo = Math.min(w.lower, cap), up = w.unbounded || w.upper === null ? cap : Math.min(w.upper, cap);
        lower.push([w.end, lo, w]); width.push([w.end, up - lo, w]);
        if (w.unbounded || w.upper > cap) { capped.push([w.end, cap, w]); }
      } else {
        lower.push([w.end, null, w]); width.push([w.end, null, w]);
        failed.push([w.end, 0, w]);
      }
    });
    var overall = D.figures.filter(function (f) { return f.label === 'half-life'; })[0];
    c.setOption(base(c, {
      legend: {type: 'scroll', top: 4, left: 'center', width: '80%', data: ['half-life', '95% interval',
        'shorter than the settlement spacing', 'no fit (failed or too few points)', 'interval capped at the top']},
      yAxis: {type: 'value', name: 'half-life (hours)', min: 0, max: cap, axisLabel: {formatter: function (x) { return num(x, 3); }}},
      tooltip: {trigger: 'item', className: 'fk-tooltip', formatter: function (p) {
        var w = p.value[2];
        if (!w) { return ''; }
        var s = 'window ' + fmtTime(w.start) + ' to ' + fmtTime(w.end) + ' UTC<br>';
        if (w.hours === null) { return s + w.status.toLowerCase().replace('_', ' ') + ': ' + w.note; }
        return s + 'half-life ' + fmtHours(w.hours) + ', 95% interval ' + fmtHours(w.lower) + ' to '
          + (w.unbounded ? 'unbounded' : fmtHours(w.upper)) + '<br>' + w.note;
      }},
      series: [
        {name: '95% interval lower', type: 'line', data: lower, stack: 'ci', showSymbol: false, lineStyle: {opacity: 0}, connectNulls: false, silent: true, legendHoverLink: false},
        {name: '95% interval', type: 'line', data: width, stack: 'ci', showSymbol: false, lineStyle: {opacity: 0}, areaStyle: {color: 'rgba(47,111,181,0.22)'}, connectNulls: false, silent: true},
        {name: 'half-life', type: 'line', data: fit, connectNulls: false, symbol: 'circle', symbolSize: 5, itemStyle: {color: '#2f6fb5'},
          markLine: overall ? {silent: true, symbol: 'none', data: [{yAxis: Math.min(overall.value, cap), name: 'whole series',
            label: {formatter: 'whole series ' + fmtHours(overall.value)}}]} : undefined},
        {name: 'shorter than the settlement spacing', type: 'scatter', data: shortSpan, symbol: 'emptyCircle', symbolSize: 8, itemStyle: {color: '#ff7f0e'}},
        {name: 'no fit (failed or too few points)', type: 'scatter', data: failed, symbol: 'path://M0,0L10,10M10,0L0,10', symbolSize: 9, itemStyle: {color: '#d62728', borderColor: '#d62728', borderWidth: 2}},
        {name: 'interval capped at the top', type: 'scatter', data: capped, symbol: 'triangle', symbolSize: 7, itemStyle: {color: '#7f7f7f'}}
      ]}), true);
    var n = {}; W.forEach(function (w) { n[w.status] = (n[w.status] || 0) + 1; });
    document.getElementById('c-halflife').textContent = W.length + ' windows: ' + (n.FITTED || 0) + ' fitted, '
      + (n.SHORT_SPAN || 0) + ' shorter than the settlement spacing (not resolved by the data), '
      + (n.FAILED || 0) + ' failed, ' + (n.TOO_FEW || 0) + ' with too few settlements. Shaded: 95% profile-likelihood interval, capped at the top of the chart.';
  }

  function drawHistogram() {
    var P = expand(D.primary), vals = [];
    for (var i = 0; i < P.t.length; i++) { vals.push(conv(P.v[i], P.iva[i]) * 100); }
    vals.sort(function (a, b) { return a - b; });
    var lo = quantile(vals, 0.005), hi = quantile(vals, 0.995);
    if (hi <= lo) { hi = lo + Math.abs(lo) * 0.1 + 1e-9; }
    var bins = 60, w = (hi - lo) / bins, counts = [];
    for (var b = 0; b < bins; b++) { counts.push([lo + (b + 0.5) * w, 0]); }
    vals.forEach(function (v) { counts[Math.max(0, Math.min(bins - 1, Math.floor((v - lo) / w)))][1]++; });
    var iv = P.iva[0];
    var c = chart('ch-histogram');
    c.setOption({backgroundColor: 'transparent', animation: false, grid: {left: 64, right: 30, top: 30, bottom: 40},
      xAxis: {type: 'value', name: unitName(), nameLocation: 'middle', nameGap: 26, min: lo, max: hi, axisLabel: {formatter: function (x) { return num(x, 3) + '%'; }}},
      yAxis: {type: 'value', name: 'settlements'},
      tooltip: {trigger: 'item', className: 'fk-tooltip', formatter: function (p) {
        return num(p.value[0] - w / 2, 3) + ' to ' + num(p.value[0] + w / 2, 3) + suffix(iv) + ': ' + p.value[1] + ' settlements';
      }},
      series: [{name: 'settlements', type: 'bar', data: counts, barWidth: '95%', itemStyle: {color: '#2f6fb5'}}]}, true);
  }

  function drawEquity() {
    var B = D.backtest, c = chart('ch-equity');
    var bt = B.t === 'primary' ? expand(D.primary).t : untime(B);
    var pts = bt.map(function (t, i) { return [t, B.equity[i] * 100]; });
    var area = B.trades.map(function (t) { return [{xAxis: t.entry, itemStyle: {color: 'rgba(44,160,44,0.12)'}}, {xAxis: t.exit}]; });
    c.setOption(base(c, {
      yAxis: {type: 'value', name: 'net, % of notional', axisLabel: {formatter: function (x) { return num(x, 3) + '%'; }}},
      tooltip: {trigger: 'axis', className: 'fk-tooltip', formatter: function (ps) {
        return fmtTime(ps[0].value[0]) + ' UTC<br>' + ps[0].marker + 'equity: ' + num(ps[0].value[1], 3) + '% of notional';
      }},
      series: [{name: 'equity (funding less borrow)', type: 'line', data: pts, showSymbol: false, lineStyle: {width: 1.5}, markArea: {silent: true, data: area}}]}), true);
    document.getElementById('c-backtest').textContent = fill(B.remark)
      + ' Long perpetual and short borrowed spot of one unit from each entry signal to the next exit; periods held are shaded.';
  }

  // ---- tables ----
  function table(id, columns, rows) {
    var t = document.getElementById(id);
    var state = t.fkSort || {col: -1, dir: 1};
    t.innerHTML = '';
    var head = t.createTHead().insertRow();
    columns.forEach(function (col, i) {
      var th = document.createElement('th');
      th.textContent = col.name;
      if (i === state.col) { th.className = state.dir > 0 ? 'asc' : 'desc'; }
      th.onclick = function () {
        t.fkSort = {col: i, dir: state.col === i ? -state.dir : 1};
        table(id, columns, rows);
      };
      head.appendChild(th);
    });
    var sorted = rows.slice();
    if (state.col >= 0) {
      var key = columns[state.col].key || columns[state.col].text;
      sorted.sort(function (a, b) {
        var x = key(a), y = key(b);
        return (x < y ? -1 : x > y ? 1 : 0) * state.dir;
      });
    }
    var body = t.createTBody();
    if (!sorted.length) {
      var td = body.insertRow().insertCell();
      td.colSpan = columns.length;
      td.textContent = 'none';
    }
    sorted.forEach(function (r) {
      var tr = body.insertRow();
      columns.forEach(function (col) {
        var td = tr.insertCell();
        td.textContent = col.text(r);
        if (col.cls) { td.className = col.cls; }
      });
    });
  }
  function rateCol(name, get) {
    return {name: name, cls: 'num', text: function (r) { var x = get(r); return fmtRate(x[0], x[1]); },
      key: function (r) { var x = get(r); return conv(x[0], x[1]); }};
  }
  function timeCol(name, get) {
    return {name: name + ' (UTC)', cls: 'time', text: function (r) { return fmtTime(get(r)); }, key: get};
  }
  function numCol(name, get, fmt) {
    return {name: name, cls: 'num', text: function (r) { return fmt ? fmt(get(r)) : String(get(r)); }, key: get};
  }
  function textCol(name, get) { return {name: name, text: get}; }

  function figures() {
    var box = document.getElementById('t-figures');
    box.innerHTML = '';
    var body = null, section = null;
    D.figures.forEach(function (f) {
      if (f.section !== section) {
        section = f.section;
        var t = document.createElement('table');
        t.className = 'figures';
        var cap = t.createCaption();
        cap.textContent = section;
        body = t.createTBody();
        box.appendChild(t);
      }
      var tr = body.insertRow();
      var th = document.createElement('th'); th.textContent = f.label; tr.appendChild(th);
      var td = tr.insertCell();
      var v;
      switch (f.kind) {
        case 'RATE': v = fmtRate(f.value, f.intervalMs); td.className = 'num'; break;
        case 'PERCENT': v = fmtPctOf(f.value); td.className = 'num'; break;
        case 'HOURS': v = fmtHours(f.value); td.className = 'num'; break;
        case 'NUMBER': v = Number.isInteger(f.value) ? String(f.value) : num(f.value, 3); td.className = 'num'; break;
        default: v = '';
      }
      var text = fill(f.text);
      td.textContent = v && text ? v + ' (' + text + ')' : v || text;
      td.setAttribute('data-label', f.label);
    });
  }

  function tables() {
    figures();
    table('t-episodes', [textCol('regime', function (e) { return KIND_NAME[e.kind] || e.kind; }),
      timeCol('from', function (e) { return e.start; }), timeCol('to', function (e) { return e.end; }),
      numCol('hours', function (e) { return (e.end - e.start) / H; }, function (h) { return num(h, 3); }),
      numCol('settlements', function (e) { return e.settlements; }),
      rateCol('lowest', function (e) { return e.min; }), rateCol('mean', function (e) { return e.mean; }),
      textCol('cause', function (e) { return fill(e.cause); }), textCol('evidence', function (e) { return fill(e.evidence); })], D.episodes);
    var counts = {};
    D.episodes.forEach(function (e) { counts[e.kind] = (counts[e.kind] || 0) + 1; });
    document.getElementById('c-episodes').textContent = 'All ' + D.episodes.length + ' episodes ('
      + Object.keys(counts).map(function (k) { return counts[k] + ' ' + KIND_NAME[k]; }).join(', ')
      + '). Click a column head to sort.';
    table('t-gaps', [textCol('series', function (g) { return g.series; }),
      timeCol('last settlement before', function (g) { return g.lastBefore; }),
      timeCol('first settlement after', function (g) { return g.firstAfter; }),
      numCol('missing settlements', function (g) { return g.missing; }),
      textCol('interval', function (g) { return ivLabel(g.intervalMs); })], D.gaps);
    document.getElementById('c-gaps').textContent = D.gaps.length
      ? D.gaps.length + ' gaps: settlements the schedule expected and the data lacks. Charts break there.'
      : 'No gaps: every expected settlement is present.';
    table('t-trades', [timeCol('entry', function (t) { return t.entry; }),
      {name: 'exit (UTC)', cls: 'time', text: function (t) { return fmtTime(t.exit) + (t.open ? ' (open)' : ''); }, key: function (t) { return t.exit; }},
      numCol('held (h)', function (t) { return (t.exit - t.entry) / H; }, function (h) { return num(h, 3); }),
      numCol('settlements', function (t) { return t.settlements; }),
      numCol('funding', function (t) { return t.funding; }, fmtPctOf),
      numCol('borrow', function (t) { return t.borrow; }, fmtPctOf),
      numCol('net', function (t) { return t.net; }, fmtPctOf)], D.backtest.trades);
    var inj = document.getElementById('s-injected');
    if (!D.injected.length) { inj.style.display = 'none'; } else {
      table('t-injected', [textCol('regime', function (e) { return KIND_NAME[e.kind] || e.kind; }),
        timeCol('from', function (e) { return e.start; }), timeCol('to', function (e) { return e.end; }),
        rateCol('designed funding', function (e) { return e.level; }),
        numCol('designed spot move', function (e) { return e.spotChange; }, fmtPctOf),
        textCol('story', function (e) { return e.story; })], D.injected);
    }
    var p = document.getElementById('t-provenance');
    p.innerHTML = '';
    var pb = p.createTBody();
    D.provenance.forEach(function (f) {
      var tr = pb.insertRow();
      var th = document.createElement('th'); th.textContent = f.label; tr.appendChild(th);
      tr.insertCell().textContent = fill(f.value);
    });
    var ul = document.getElementById('notes');
    ul.innerHTML = '';
    D.notes.forEach(function (n) { var li = document.createElement('li'); li.textContent = fill(n); ul.appendChild(li); });
  }

  function render() {
    tables();
    drawFunding();
    drawVenues();
    drawSpread();
    drawHeatmap();
    drawCumulative();
    drawHalfLife();
    drawHistogram();
    drawEquity();
  }

  Array.prototype.forEach.call(document.querySelectorAll('#unit input'), function (input) {
    input.addEventListener('change', function () { if (input.checked) { unit = input.value; render(); } });
  });
  var checked = document.querySelector('#unit input:checked');
  unit = checked ? checked.value : '8h';
  render();
  window.addEventListener('resize', function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });
  if (window.matchMedia) {
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', function (e) {
      dark = e.matches;
      Object.keys(charts).forEach(function (k) { charts[k].dispose(); });
      charts = {};
      render();
    });
  }
  document.body.setAttribute('data-rendered', 'true');
}());
