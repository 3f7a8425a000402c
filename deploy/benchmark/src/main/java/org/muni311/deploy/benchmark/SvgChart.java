package org.muni311.deploy.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart as inline SVG, linear or logarithmic on each axis; no script, no external
 * file.
 */
final class SvgChart {

	private static final int WIDTH = 760;

	private static final int HEIGHT = 360;

	private static final int LEFT = 70;

	private static final int RIGHT = 200;

	private static final int TOP = 30;

	private static final int BOTTOM = 50;

	private final boolean logX;

	private final boolean logY;

	private final double[] xRange;

	private final double[] yRange;

	/**
	 * @param name shown in the legend
	 * @param color a CSS colour
	 * @param dashed whether to dash the line (baselines)
	 * @param points x, y pairs; NaN values are skipped
	 */
	record Series(String name, String color, boolean dashed, List<double[]> points) {
	}

	private SvgChart(List<Series> series, boolean logX, boolean logY) {
		this.logX = logX;
		this.logY = logY;
		this.xRange = range(series, 0, logX);
		this.yRange = range(series, 1, logY);
	}

	static String render(String title, String xLabel, String yLabel, List<Series> series, boolean logX, boolean logY) {
		return new SvgChart(series, logX, logY).svg(title, xLabel, yLabel, series);
	}

	private String svg(String title, String xLabel, String yLabel, List<Series> series) {
		StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
						+ "font-size=\"12\" role=\"img\" aria-label=\"%s\">",
				WIDTH, HEIGHT, escape(title)));
		svg.append(text(LEFT, 18, title, "start", "bold"));
		svg.append(String.format(Locale.ROOT,
				"<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" " + "stroke=\"#999\"/>", LEFT, TOP,
				plotWidth(), plotHeight()));
		for (double tick : ticks(this.xRange, this.logX)) {
			double x = x(tick);
			svg.append(line(x, TOP + plotHeight(), x, TOP + plotHeight() + 5, "#999"));
			svg.append(text(x, TOP + plotHeight() + 18, ConsoleTable.number(tick), "middle", "normal"));
		}
		for (double tick : ticks(this.yRange, this.logY)) {
			double y = y(tick);
			svg.append(line(LEFT, y, LEFT + plotWidth(), y, "#eee"));
			svg.append(text(LEFT - 6, y + 4, ConsoleTable.number(tick), "end", "normal"));
		}
		svg.append(text(LEFT + plotWidth() / 2.0, HEIGHT - 10, xLabel, "middle", "normal"));
		svg.append(String.format(Locale.ROOT,
				"<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" " + "text-anchor=\"middle\">%s</text>",
				TOP + plotHeight() / 2, TOP + plotHeight() / 2, escape(yLabel)));
		int legendY = TOP + 10;
		for (Series one : series) {
			svg.append(path(one));
			svg.append(line(WIDTH - RIGHT + 15, legendY, WIDTH - RIGHT + 40, legendY, one.color()).replace("/>",
					one.dashed() ? " stroke-dasharray=\"5 3\" stroke-width=\"2\"/>" : " stroke-width=\"2\"/>"));
			svg.append(text(WIDTH - RIGHT + 46, legendY + 4, one.name(), "start", "normal"));
			legendY += 18;
		}
		return svg.append("</svg>").toString();
	}

	private String path(Series series) {
		StringBuilder d = new StringBuilder();
		for (double[] point : series.points()) {
			if (Double.isNaN(point[0]) || Double.isNaN(point[1]) || (this.logY && point[1] <= 0)) {
				continue;
			}
			d.append((d.length() == 0) ? "M" : " L")
				.append(String.format(Locale.ROOT, "%.1f %.1f", x(point[0]), y(point[1])));
		}
		return String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>", d,
				series.color(), series.dashed() ? " stroke-dasharray=\"5 3\"" : "");
	}

	private double x(double value) {
		return LEFT + plotWidth() * fraction(value, this.xRange, this.logX);
	}

	private double y(double value) {
		return TOP + plotHeight() * (1 - fraction(value, this.yRange, this.logY));
	}

	private static double fraction(double value, double[] range, boolean log) {
		double v = log ? Math.log10(Math.max(value, range[0])) : value;
		double low = log ? Math.log10(range[0]) : range[0];
		double high = log ? Math.log10(range[1]) : range[1];
		return (high > low) ? (v - low) / (high - low) : 0.5;
	}

	private static double[] range(List<Series> series, int axis, boolean log) {
		double low = Double.MAX_VALUE;
		double high = -Double.MAX_VALUE;
		for (Series one : series) {
			for (double[] point : one.points()) {
				double v = point[axis];
				if (!Double.isNaN(v) && (!log || v > 0)) {
					low = Math.min(low, v);
					high = Math.max(high, v);
				}
			}
		}
		if (low > high) {
			return new double[] { 1, 10 };
		}
		if (log) {
			return new double[] { Math.pow(10, Math.floor(Math.log10(low))),
					Math.pow(10, Math.ceil(Math.log10(high))) };
		}
		return new double[] { Math.min(0, low), (high > 0) ? high * 1.05 : 1 };
	}

	private static List<Double> ticks(double[] range, boolean log) {
		List<Double> ticks = new ArrayList<>();
		if (log) {
			for (double tick = range[0]; tick <= range[1] * 1.0001; tick *= 10) {
				ticks.add(tick);
			}
			return ticks;
		}
		double step = Math.pow(10, Math.floor(Math.log10((range[1] - range[0]) / 5)));
		while ((range[1] - range[0]) / step > 8) {
			step *= 2;
		}
		for (double tick = Math.ceil(range[0] / step) * step; tick <= range[1]; tick += step) {
			ticks.add(tick);
		}
		return ticks;
	}

	private static int plotWidth() {
		return WIDTH - LEFT - RIGHT;
	}

	private static int plotHeight() {
		return HEIGHT - TOP - BOTTOM;
	}

	private static String line(double x1, double y1, double x2, double y2, String color) {
		return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>", x1,
				y1, x2, y2, color);
	}

	private static String text(double x, double y, String text, String anchor, String weight) {
		return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-weight=\"%s\">%s</text>",
				x, y, anchor, weight, escape(text));
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
