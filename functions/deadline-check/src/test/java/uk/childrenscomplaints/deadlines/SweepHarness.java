package uk.childrenscomplaints.deadlines;

import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbComplaints;
import uk.childrenscomplaints.complaint.infrastructure.EmailTemplates;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.local.standins.SentEmail;

/**
 * Runs the real handler over the real table, SES emulator and local bus, as the schedule would, on any chosen day;
 * and reads back what went out, naming each email by the template whose subject it matches.
 */
final class SweepHarness implements AutoCloseable {
    static final String TEAM = "complaints-team@council.test";
    static final String SENDER = "complaints@council.test";
    static final String HUNTINGDON_MANAGER = "huntingdon.manager@council.test";

    private final LocalAws aws;
    private final String table;
    private final LocalEventBus bus;
    private final Map<EmailTemplate, Pattern> subjects = new HashMap<>();
    private int seen;

    SweepHarness(LocalAws aws, LocalEventBus bus) {
        this.aws = aws;
        this.bus = bus;
        this.table = aws.createFreshTable();
        System.setProperty("aws.region", "eu-west-2");
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
        EmailTemplates templates = EmailTemplates.fromClasspath();
        for (EmailTemplate t : EmailTemplate.values()) {
            subjects.put(
                    t,
                    Pattern.compile(
                            subjectPattern(templates.content(t).subject().trim())));
        }
        aws.mailbox().clear();
    }

    /** A template subject as a regex: data matches anything; {{#if}}A{{else}}B{{/if}} matches either branch. */
    static String subjectPattern(String subject) {
        StringBuilder regex = new StringBuilder();
        var m = Pattern.compile("\\{\\{#if [^}]+}}(.*?)(?:\\{\\{else}}(.*?))?\\{\\{/if}}|\\{\\{[^}]+}}")
                .matcher(subject);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(subject.substring(last, m.start())));
            if (m.group(0).startsWith("{{#if")) {
                regex.append("(?:")
                        .append(subjectPattern(m.group(1)))
                        .append('|')
                        .append(m.group(2) == null ? "" : subjectPattern(m.group(2)))
                        .append(')');
            } else {
                regex.append(".*");
            }
            last = m.end();
        }
        return regex.append(Pattern.quote(subject.substring(last))).toString();
    }

    String table() {
        return table;
    }

    DynamoDbComplaints complaints() {
        return new DynamoDbComplaints(aws.dynamoDb(), table);
    }

    DeadlineCheckHandler handler(URI sesEndpoint) {
        return new DeadlineCheckHandler(ApplicationContext.builder().properties(properties(sesEndpoint)));
    }

    /** The sweep's handler with settings of its own on top, such as the metrics namespace. */
    DeadlineCheckHandler handler(URI sesEndpoint, Map<String, Object> more) {
        Map<String, Object> props = properties(sesEndpoint);
        props.putAll(more);
        return new DeadlineCheckHandler(ApplicationContext.builder().properties(props));
    }

    /** The sweep's handler with its clock (the send leases' clock too) fixed at {@code now}. */
    DeadlineCheckHandler handlerAt(java.time.Instant now) {
        return handler(aws.sesEndpoint(), Map.of("test.clock.instant", now.toString()));
    }

    /** The Monday summary's handler over the same table, SES and team managers as the sweep's. */
    WeeklyTeamSummaryHandler weeklySummary(URI sesEndpoint) {
        return new WeeklyTeamSummaryHandler(ApplicationContext.builder().properties(properties(sesEndpoint)));
    }

    /** The weekly retention run's handler over the same table (decision 027). */
    RetentionHandler retention() {
        return new RetentionHandler(ApplicationContext.builder().properties(properties(aws.sesEndpoint())));
    }

    private Map<String, Object> properties(URI sesEndpoint) {
        Map<String, Object> props = new HashMap<>();
        props.put("complaints.table-name", table);
        props.put("complaints.bus-name", "complaints-test");
        props.put("complaints.sender", SENDER);
        props.put("complaints.team-mailbox", TEAM);
        props.put("complaints.team-manager-list", "Huntingdon=" + HUNTINGDON_MANAGER + ";SCC=scc.manager@council.test");
        props.put(
                "aws.services.dynamodb.endpoint-override", aws.dynamoEndpoint().toString());
        props.put("aws.services.sesv2.endpoint-override", sesEndpoint.toString());
        props.put("aws.services.eventbridge.endpoint-override", bus.endpoint().toString());
        return props;
    }

    DeadlineCheckHandler handler() {
        return handler(aws.sesEndpoint());
    }

    static SweepRequest at(LocalDate day) {
        return new SweepRequest(
                day.atTime(7, 0).atZone(ZoneId.of("Europe/London")).toInstant().toString(), "deadline-check");
    }

    /** Emails sent since the last call, each as "template to [cc]". */
    List<String> newEmails() {
        List<SentEmail> all = aws.mailbox().emails();
        List<String> out = new ArrayList<>();
        for (SentEmail e : all.subList(seen, all.size())) {
            out.add(templateOf(e).fileName() + " " + String.join(",", e.to())
                    + (e.cc().isEmpty() ? "" : " cc " + String.join(",", e.cc())));
        }
        seen = all.size();
        return out;
    }

    List<SentEmail> allEmails() {
        return aws.mailbox().emails();
    }

    EmailTemplate templateOf(SentEmail e) {
        List<EmailTemplate> matches = subjects.entrySet().stream()
                .filter(s -> s.getValue().matcher(e.subject().trim()).matches())
                .map(Map.Entry::getKey)
                .toList();
        if (matches.size() != 1) {
            throw new AssertionError("subject matches " + matches + " templates: " + e.subject());
        }
        return matches.get(0);
    }

    @Override
    public void close() {
        aws.mailbox().clear();
    }
}
