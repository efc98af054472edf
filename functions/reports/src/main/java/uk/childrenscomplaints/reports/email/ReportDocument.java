package uk.childrenscomplaints.reports.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One report email's content, in order: a title and what it covers, then headings, sentences, bar charts and tables.
 * It decides what the email says; {@link ReportHtml} lays it out as HTML (templates under {@code views/reports/}) and
 * {@link #text()} writes the plain-text part from the same blocks, so the two always say the same. Every bar carries the
 * figure written beside it, so a figure reads without colour. Public only so the templates' expressions may read it.
 */
public final class ReportDocument {
    private static final int TEXT_LABEL_WIDTH = 34;
    private static final int TEXT_BAR_WIDTH = 20;

    private String title = "";
    private String subtitle = "";
    private final List<Block> blocks = new ArrayList<>();

    ReportDocument() {}

    /** A part of the email; {@link #kind()} is what the template lays it out by. */
    public sealed interface Block permits Heading, Paragraph, NumberedList, Bars, Table {
        String kind();
    }

    /** A section 7 heading. */
    public record Heading(String text) implements Block {
        @Override
        public String kind() {
            return "heading";
        }
    }

    /** Sentences, as one paragraph. */
    public record Paragraph(String text) implements Block {
        @Override
        public String kind() {
            return "paragraph";
        }
    }

    public record NumberedList(List<String> items) implements Block {
        public NumberedList {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "numbered-list";
        }
    }

    /**
     * A horizontal bar chart: label, bar, figure, and (when {@code secondHeading} is given) a second figure such as the
     * year to date.
     */
    public record Bars(String caption, String valueHeading, String secondHeading, List<Bar> bars) implements Block {
        public Bars {
            bars = List.copyOf(bars);
        }

        @Override
        public String kind() {
            return "bars";
        }
    }

    /** One bar: its label, its length as a percent of the full width (0 to 100), and the figures written by it. */
    public record Bar(String label, int widthPercent, String value, String secondValue) {
        public Bar {
            widthPercent = Math.max(0, Math.min(100, widthPercent));
        }
    }

    /** A plain table of figures; the first column is the row's name. */
    public record Table(String caption, List<String> headings, List<List<String>> rows) implements Block {
        public Table {
            headings = List.copyOf(headings);
            rows = rows.stream().map(List::copyOf).toList();
        }

        @Override
        public String kind() {
            return "table";
        }
    }

    void title(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    void heading(String heading) {
        blocks.add(new Heading(heading));
    }

    void paragraph(String sentences) {
        blocks.add(new Paragraph(sentences));
    }

    void numberedList(List<String> items) {
        blocks.add(new NumberedList(items));
    }

    void bars(String caption, String valueHeading, String secondHeading, List<Bar> bars) {
        blocks.add(new Bars(caption, valueHeading, secondHeading, bars));
    }

    void table(String caption, List<String> headings, List<List<String>> rows) {
        blocks.add(new Table(caption, headings, rows));
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** The plain-text part: headings in capitals, sentences wrapped, bars drawn with {@code #}, tables with {@code |}. */
    String text() {
        StringBuilder text = new StringBuilder();
        text.append(title)
                .append('\n')
                .append("=".repeat(title.length()))
                .append("\n\n")
                .append(subtitle)
                .append("\n\n");
        for (Block block : blocks) {
            // Java 17: no pattern matching in switch yet.
            if (block instanceof Heading h) {
                text.append('\n').append(h.text().toUpperCase(Locale.ROOT)).append("\n\n");
            } else if (block instanceof Paragraph p) {
                text.append(wrap(p.text())).append("\n\n");
            } else if (block instanceof NumberedList l) {
                for (int i = 0; i < l.items().size(); i++) {
                    text.append(i + 1).append(". ").append(l.items().get(i)).append('\n');
                }
                text.append('\n');
            } else if (block instanceof Bars b) {
                bars(text, b);
            } else if (block instanceof Table t) {
                table(text, t);
            }
        }
        return text.toString();
    }

    private static void bars(StringBuilder text, Bars chart) {
        text.append(chart.caption()).append('\n');
        text.append(pad("", TEXT_LABEL_WIDTH))
                .append(pad("", TEXT_BAR_WIDTH + 3))
                .append(chart.valueHeading())
                .append(chart.secondHeading() == null ? "" : " | " + chart.secondHeading())
                .append('\n');
        for (Bar bar : chart.bars()) {
            int filled = Math.round(bar.widthPercent() * TEXT_BAR_WIDTH / 100f);
            text.append(pad(bar.label(), TEXT_LABEL_WIDTH))
                    .append('[')
                    .append("#".repeat(filled))
                    .append(" ".repeat(TEXT_BAR_WIDTH - filled))
                    .append("] ")
                    .append(bar.value())
                    .append(chart.secondHeading() == null || bar.secondValue() == null ? "" : " | " + bar.secondValue())
                    .append('\n');
        }
        text.append('\n');
    }

    private static void table(StringBuilder text, Table table) {
        text.append(table.caption()).append('\n');
        text.append(String.join(" | ", table.headings())).append('\n');
        for (List<String> row : table.rows()) {
            text.append(String.join(" | ", row)).append('\n');
        }
        text.append('\n');
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
