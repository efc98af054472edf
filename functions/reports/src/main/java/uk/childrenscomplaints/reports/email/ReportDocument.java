package uk.childrenscomplaints.reports.email;

import java.util.List;

/**
 * Writes a report email's HTML and plain-text parts side by side, so the two always say the same. The HTML is laid out
 * for mail clients: tables, inline styles and {@code bgcolor} only (no {@code <style>}, script, image or SVG), and
 * every bar has its number written beside it, so a figure reads without colour. Everything added is escaped here.
 */
final class ReportDocument {
    static final String BAR = "#1d70b8";
    static final String TRACK = "#f3f2f1";
    private static final String TEXT = "#0b0c0c";
    private static final String FONT = "font-family:Arial,Helvetica,sans-serif;color:" + TEXT + ";";
    private static final String CELL = FONT + "font-size:14px;padding:4px 8px 4px 0;vertical-align:middle;";
    private static final String NUMBER = CELL + "white-space:nowrap;font-weight:bold;";
    private static final String HEAD = FONT + "font-size:14px;font-weight:bold;text-align:left;padding:4px 8px 4px 0;"
            + "border-bottom:1px solid #b1b4b6;";
    private static final int TEXT_LABEL_WIDTH = 34;
    private static final int TEXT_BAR_WIDTH = 20;

    private final StringBuilder html = new StringBuilder();
    private final StringBuilder text = new StringBuilder();

    /** One bar: its label, its length as a percent of the full width (0 to 100), and the figures written by it. */
    record Bar(String label, int widthPercent, String value, String secondValue) {
        Bar {
            widthPercent = Math.max(0, Math.min(100, widthPercent));
        }
    }

    void title(String title, String subtitle) {
        html.append("<h1 style=\"").append(FONT).append("font-size:24px;margin:0 0 8px 0;\">").append(esc(title))
                .append("</h1>\n");
        html.append("<p style=\"").append(FONT).append("font-size:16px;margin:0 0 16px 0;\">").append(esc(subtitle))
                .append("</p>\n");
        text.append(title).append('\n').append("=".repeat(title.length())).append("\n\n").append(subtitle)
                .append("\n\n");
    }

    void heading(String heading) {
        html.append("<h2 style=\"").append(FONT).append("font-size:20px;margin:24px 0 8px 0;\">").append(esc(heading))
                .append("</h2>\n");
        text.append('\n').append(heading.toUpperCase(java.util.Locale.ROOT)).append("\n\n");
    }

    void subheading(String heading) {
        html.append("<h3 style=\"").append(FONT).append("font-size:16px;margin:16px 0 4px 0;\">").append(esc(heading))
                .append("</h3>\n");
        text.append(heading).append('\n');
    }

    void paragraph(String sentences) {
        html.append("<p style=\"").append(FONT).append("font-size:16px;line-height:1.4;margin:0 0 12px 0;\">")
                .append(esc(sentences)).append("</p>\n");
        text.append(wrap(sentences)).append("\n\n");
    }

    void numberedList(List<String> items) {
        html.append("<ol style=\"").append(FONT).append("font-size:16px;margin:0 0 12px 0;\">");
        for (int i = 0; i < items.size(); i++) {
            html.append("<li>").append(esc(items.get(i))).append("</li>");
            text.append(i + 1).append(". ").append(items.get(i)).append('\n');
        }
        html.append("</ol>\n");
        text.append('\n');
    }

    /**
     * A horizontal bar chart as a table: label, bar, figure, and (when {@code secondHeading} is given) a second figure
     * such as the year to date.
     */
    void bars(String caption, String valueHeading, String secondHeading, List<Bar> bars) {
        subheading(caption);
        html.append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" width=\"100%\" "
                + "style=\"border-collapse:collapse;margin:0 0 8px 0;\">\n<tr><th style=\"").append(HEAD)
                .append("width:34%;\">&nbsp;</th><th style=\"").append(HEAD).append("width:36%;\">&nbsp;</th><th style=\"")
                .append(HEAD).append("\">").append(esc(valueHeading)).append("</th>");
        if (secondHeading != null) {
            html.append("<th style=\"").append(HEAD).append("\">").append(esc(secondHeading)).append("</th>");
        }
        html.append("</tr>\n");
        text.append(pad("", TEXT_LABEL_WIDTH)).append(pad("", TEXT_BAR_WIDTH + 3)).append(valueHeading)
                .append(secondHeading == null ? "" : " | " + secondHeading).append('\n');
        for (Bar bar : bars) {
            html.append("<tr><td style=\"").append(CELL).append("\">").append(esc(bar.label())).append("</td><td style=\"")
                    .append(CELL).append("\">").append(barCells(bar.widthPercent())).append("</td><td style=\"")
                    .append(NUMBER).append("\">").append(esc(bar.value())).append("</td>");
            if (secondHeading != null) {
                html.append("<td style=\"").append(CELL).append("white-space:nowrap;\">")
                        .append(esc(bar.secondValue() == null ? "" : bar.secondValue())).append("</td>");
            }
            html.append("</tr>\n");
            int filled = Math.round(bar.widthPercent() * TEXT_BAR_WIDTH / 100f);
            text.append(pad(bar.label(), TEXT_LABEL_WIDTH)).append('[').append("#".repeat(filled))
                    .append(" ".repeat(TEXT_BAR_WIDTH - filled)).append("] ").append(bar.value())
                    .append(secondHeading == null || bar.secondValue() == null ? "" : " | " + bar.secondValue())
                    .append('\n');
        }
        html.append("</table>\n");
        text.append('\n');
    }

    /** The bar itself: a filled cell of the bar's width and an empty track for the rest, both plain table cells. */
    private static String barCells(int percent) {
        StringBuilder cells = new StringBuilder("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" "
                + "border=\"0\" width=\"100%\" style=\"border-collapse:collapse;\"><tr>");
        if (percent > 0) {
            cells.append(cell(percent, BAR));
        }
        if (percent < 100) {
            cells.append(cell(100 - percent, TRACK));
        }
        return cells.append("</tr></table>").toString();
    }

    private static String cell(int width, String colour) {
        return "<td width=\"" + width + "%\" height=\"16\" bgcolor=\"" + colour + "\" style=\"width:" + width
                + "%;height:16px;background-color:" + colour + ";font-size:1px;line-height:1px;\">&nbsp;</td>";
    }

    /** A plain table of figures; the first column is the row's name. */
    void table(String caption, List<String> headings, List<List<String>> rows) {
        subheading(caption);
        html.append("<table cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse;"
                + "margin:0 0 8px 0;\">\n<tr>");
        headings.forEach(h -> html.append("<th style=\"").append(HEAD).append("padding-right:16px;\">").append(esc(h))
                .append("</th>"));
        html.append("</tr>\n");
        text.append(String.join(" | ", headings)).append('\n');
        for (List<String> row : rows) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append("<td style=\"").append(i == 0 ? CELL : NUMBER).append("padding-right:16px;\">")
                        .append(esc(row.get(i))).append("</td>");
            }
            html.append("</tr>\n");
            text.append(String.join(" | ", row)).append('\n');
        }
        html.append("</table>\n");
        text.append('\n');
    }

    /** The whole HTML document: one centred column of at most 680 pixels. */
    String html(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
                + "</title></head>\n<body style=\"margin:0;padding:0;background-color:#ffffff;\">\n"
                + "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" width=\"100%\">"
                + "<tr><td align=\"center\" style=\"padding:16px;\">\n<table role=\"presentation\" cellpadding=\"0\" "
                + "cellspacing=\"0\" border=\"0\" width=\"100%\" style=\"max-width:680px;\"><tr><td style=\"" + FONT
                + "text-align:left;\">\n" + html + "</td></tr></table>\n</td></tr></table>\n</body></html>\n";
    }

    String text() {
        return text.toString();
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s.substring(0, width - 1) + " " : s + " ".repeat(width - s.length());
    }

    /** Lines of at most 78 characters, broken at spaces, as plain-text mail reads best. */
    private static String wrap(String s) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : s.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > 78) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}
