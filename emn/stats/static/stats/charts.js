/*
 * Charts of the statistics pages, drawn with ECharts (vendor/echarts.min.js) from the JSON
 * islands that stats/_chart.html writes (no inline script, no inline style: the site's
 * Content-Security-Policy allows neither). Each <figure class="stats-chart"> names its
 * spec's element in data-spec; the spec format is documented in emn/stats/charts.py.
 * Charts use ECharts' SVG renderer with ARIA on; "Download PNG/SVG" draw the same chart
 * again off screen, with its title, on a white background.
 */
(function () {
  "use strict";

  var MAP_NAME = "emn-europe";
  var PALETTE = ["#0b5394", "#e69f00", "#009e73", "#d55e00", "#cc79a7",
    "#56b4e9", "#8c6d31", "#000000", "#999999", "#882255"];
  var CLASS_COLOURS = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
  var NO_DATA = "#d9d9d9";
  var OUTSIDE = "#f3f3f3";
  var HATCH = {
    symbol: "rect", dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4,
    color: "rgba(0, 0, 0, 0.28)", symbolSize: 1
  };
  var TITLE_SPACE = 56;
  var lang = document.documentElement.lang || "en";
  var numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 });
  var compact = new Intl.NumberFormat(lang, { notation: "compact", maximumFractionDigits: 1 });
  var geometry = null;

  function escape(text) {
    return echarts.format.encodeHTML(String(text === undefined || text === null ? "" : text));
  }

  function format(value) {
    return value === null || value === undefined || isNaN(value) ? ":" : numbers.format(value);
  }

  function axisNumber(value) {
    return Math.abs(value) >= 10000 ? compact.format(value) : numbers.format(value);
  }

  function withFlag(value, flag) {
    return format(value) + (flag ? " " + flag : "");
  }

  function meaning(spec, flag) {
    return (flag || "").split("").map(function (letter) {
      return spec.flags[letter] || letter;
    }).join(", ");
  }

  function tooltipLine(spec, name, value, flag) {
    var text = "<span class=\"stats-tip-name\">" + escape(name) + "</span> " +
      "<strong>" + escape(withFlag(value, flag)) + "</strong>";
    if (flag) {
      text += " <span class=\"stats-tip-flag\">(" + escape(meaning(spec, flag)) + ")</span>";
    }
    return text;
  }

  function common(spec) {
    return {
      animation: false,
      backgroundColor: "#ffffff",
      color: PALETTE,
      textStyle: { fontFamily: "system-ui, sans-serif" },
      aria: { enabled: true, label: { description: spec.title + ". " + spec.text.tableBelow } }
    };
  }

  function lineOption(spec) {
    var option = common(spec);
    option.grid = { left: 16, right: 24, top: 40, bottom: 56, containLabel: true };
    option.legend = { type: "scroll", bottom: 0 };
    option.xAxis = { type: "category", data: spec.categories, boundaryGap: false };
    option.yAxis = { type: "value", name: spec.unit, axisLabel: { formatter: axisNumber, hideOverlap: true } };
    option.tooltip = {
      trigger: "axis",
      formatter: function (items) {
        var lines = items.map(function (item) {
          return tooltipLine(spec, item.seriesName, item.data.y, item.data.flag);
        });
        return "<div class=\"stats-tip-head\">" + escape(items[0].axisValue) + "</div>" +
          lines.join("<br>");
      }
    };
    option.series = spec.series.map(function (series) {
      var byX = {};
      series.points.forEach(function (point) { byX[point.x] = point; });
      return {
        type: "line", name: series.name, connectNulls: false, symbolSize: 6,
        data: spec.categories.map(function (x) {
          var point = byX[x] || { y: null, flag: "" };
          var item = { value: point.y === null ? "-" : point.y, y: point.y, flag: point.flag };
          if (point.flag) {
            item.label = { show: true, position: "top", formatter: point.flag, fontSize: 11 };
          }
          return item;
        })
      };
    });
    return option;
  }

  function barOption(spec) {
    var option = common(spec);
    var series = spec.series[0] || { name: "", points: [] };
    option.grid = { left: 16, right: 72, top: 40, bottom: 24, containLabel: true };
    option.yAxis = {
      type: "category", inverse: true,
      data: series.points.map(function (point) { return point.x; })
    };
    option.xAxis = { type: "value", name: spec.unit, axisLabel: { formatter: axisNumber, hideOverlap: true } };
    option.tooltip = {
      trigger: "item",
      formatter: function (item) {
        return tooltipLine(spec, item.name, item.data.y, item.data.flag);
      }
    };
    option.series = [{
      type: "bar", name: series.name, barMaxWidth: 18,
      label: {
        show: true, position: "right", fontSize: 11,
        formatter: function (item) { return withFlag(item.data.y, item.data.flag); }
      },
      data: series.points.map(function (point) {
        return { value: point.y, y: point.y, flag: point.flag };
      })
    }];
    return option;
  }

  function classColours(count) {
    // Fewer classes take the darker end, so even the lowest stands out from "no data".
    if (count >= CLASS_COLOURS.length) { return CLASS_COLOURS; }
    if (count === 1) { return [CLASS_COLOURS[3]]; }
    var step = (CLASS_COLOURS.length - 2) / (count - 1);
    var picked = [];
    for (var i = 0; i < count; i++) { picked.push(CLASS_COLOURS[1 + Math.round(i * step)]); }
    return picked;
  }

  function mapPieces(spec) {
    var colours = classColours(spec.classes.length);
    return spec.classes.map(function (range, index) {
      var last = index === spec.classes.length - 1;
      var piece = { gte: range.min, label: range.label, color: colours[index] };
      if (last) { piece.lte = range.max; } else { piece.lt = range.max; }
      return piece;
    });
  }

  function noDataLegend(spec) {
    var hatch = [0, 6, 12, 18].map(function (x) {
      return {
        type: "line", shape: { x1: x - 6, y1: 14, x2: x + 8, y2: 0 },
        style: { stroke: "rgba(0, 0, 0, 0.35)", lineWidth: 1 }
      };
    });
    return {
      type: "group", left: 12, bottom: 10,
      children: [
        { type: "rect", shape: { x: 0, y: 0, width: 20, height: 14 }, style: { fill: NO_DATA } }
      ].concat(hatch, [
        { type: "rect", shape: { x: -7, y: 0, width: 7, height: 14 }, style: { fill: "#fff" } },
        { type: "rect", shape: { x: 20, y: 0, width: 8, height: 14 }, style: { fill: "#fff" } },
        {
          type: "text", x: 30, y: 1,
          style: { text: spec.text.noData, fill: "#333", font: "12px system-ui, sans-serif" }
        }
      ])
    };
  }

  function mapOption(spec, shapes) {
    var option = common(spec);
    var byShape = {};
    spec.areas.forEach(function (area) { byShape[area.shape] = area; });
    option.tooltip = {
      trigger: "item",
      formatter: function (item) {
        var area = item.data && item.data.area;
        if (!area) { return ""; }
        return tooltipLine(spec, area.name, area.value, area.flag);
      }
    };
    if (spec.classes.length) {
      option.visualMap = {
        type: "piecewise", pieces: mapPieces(spec), left: 12, bottom: 34,
        itemSymbol: "rect", textStyle: { fontSize: 12 }, seriesIndex: 0
      };
    }
    option.graphic = [noDataLegend(spec)];
    option.series = [{
      type: "map", map: MAP_NAME, roam: false, selectedMode: false, zoom: 1.2, center: [440, 370],
      left: 150, right: 8, top: 40, bottom: 8,
      itemStyle: { areaColor: OUTSIDE, borderColor: "#ffffff", borderWidth: 0.6 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: "#ffcc00" } },
      data: Object.keys(shapes).map(function (shape) {
        var area = byShape[shape];
        if (!area) {
          return { name: shape, value: NaN, emphasis: { disabled: true }, tooltip: { show: false } };
        }
        if (area.value === null) {
          return {
            name: shape, value: NaN, area: area,
            itemStyle: { areaColor: NO_DATA, decal: HATCH }
          };
        }
        return { name: shape, value: area.value, area: area };
      })
    }];
    return option;
  }

  function loadGeometry(url) {
    if (!geometry) {
      geometry = fetch(url).then(function (response) { return response.json(); })
        .then(function (data) {
          var paths = Object.keys(data.paths).map(function (code) {
            return "<path name=\"" + code + "\" d=\"" + data.paths[code] + "\"/>";
          });
          var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"" + data.viewBox +
            "\">" + paths.join("") + "</svg>";
          echarts.registerMap(MAP_NAME, { svg: svg });
          return data.paths;
        });
    }
    return geometry;
  }

  function optionFor(spec, shapes) {
    if (spec.kind === "map") { return mapOption(spec, shapes); }
    if (spec.kind === "bar") { return barOption(spec); }
    return lineOption(spec);
  }

  function withTitle(option, spec) {
    option.title = {
      text: spec.title, subtext: spec.unit, left: 12, top: 8,
      textStyle: { fontSize: 15 }, subtextStyle: { fontSize: 12 }
    };
    [option.grid, option.series && option.series[0]].forEach(function (box) {
      if (box && box.top !== undefined) { box.top += TITLE_SPACE; }
    });
    return option;
  }

  function save(blob, filename) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  function download(figure, type) {
    var spec = figure.emnSpec;
    var canvas = figure.querySelector(".stats-chart-canvas");
    var size = { width: canvas.clientWidth, height: canvas.clientHeight + TITLE_SPACE };
    var option = withTitle(optionFor(spec, figure.emnShapes), spec);
    var chart;
    if (type === "svg") {
      chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
      chart.setOption(option);
      var text = chart.renderToSVGString();
      chart.dispose();
      save(new Blob([text], { type: "image/svg+xml" }), spec.filename + ".svg");
      return;
    }
    var holder = document.createElement("div");
    chart = echarts.init(holder, null, { renderer: "canvas", width: size.width, height: size.height });
    chart.setOption(option);
    var url = chart.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#ffffff" });
    chart.dispose();
    save(pngBlob(url), spec.filename + ".png");
  }

  function pngBlob(dataUrl) {
    // Decoded here: fetch() of a data: URL is refused by the site's connect-src.
    var bytes = atob(dataUrl.split(",")[1]);
    var array = new Uint8Array(bytes.length);
    for (var i = 0; i < bytes.length; i++) { array[i] = bytes.charCodeAt(i); }
    return new Blob([array], { type: "image/png" });
  }

  function sized(canvas, spec) {
    if (spec.kind === "bar") {
      var bars = (spec.series[0] || { points: [] }).points.length;
      canvas.style.height = Math.max(240, 22 * bars + 90) + "px";
    }
  }

  function draw(figure) {
    var spec = JSON.parse(document.getElementById(figure.dataset.spec).textContent);
    var canvas = figure.querySelector(".stats-chart-canvas");
    figure.emnSpec = spec;
    sized(canvas, spec);
    var ready = spec.kind === "map" ? loadGeometry(figure.dataset.geometry) : Promise.resolve(null);
    return ready.then(function (shapes) {
      figure.emnShapes = shapes;
      var chart = echarts.init(canvas, null, { renderer: "svg" });
      chart.setOption(optionFor(spec, shapes));
      window.addEventListener("resize", function () { chart.resize(); });
      figure.querySelectorAll("[data-download]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { download(figure, button.dataset.download); });
      });
      figure.classList.add("stats-chart-drawn");
    });
  }

  var figures = Array.prototype.slice.call(document.querySelectorAll("figure.stats-chart"));
  Promise.all(figures.map(draw)).then(function () {
    document.documentElement.dataset.chartsDrawn = String(figures.length);
  });
}());
