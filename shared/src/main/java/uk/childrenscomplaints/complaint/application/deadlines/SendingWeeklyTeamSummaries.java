package uk.childrenscomplaints.complaint.application.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.childrenscomplaints.complaint.application.ports.Addressee;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.Deliveries;
import uk.childrenscomplaints.complaint.application.ports.DeliveryFailed;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;
import uk.childrenscomplaints.complaint.application.ports.Mailer;
import uk.childrenscomplaints.complaint.application.ports.SendMarker;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.DueItem;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.WhatIsDue;

/**
 * Monday's email to each team's manager: the team's open complaints by reference, stage and what is due next, the
 * overdue first. Each team's send is claimed before it is made and given back if it fails, so a schedule that fires
 * twice sends it once and a retried run sends only what failed. One team's failure never stops the others.
 *
 * <p>References only: the email never names the complainant or the child, nor quotes what anyone wrote.
 */
public final class SendingWeeklyTeamSummaries {
    static final String KEY_PREFIX = "weekly-team-summary#";

    private final Complaints complaints;
    private final Deliveries deliveries;
    private final Mailer mailer;
    private final WhatIsDue whatIsDue;
    private final Map<String, String> teamManagers;
    private final String councilName;

    /** @param teamManagers team name to its manager's address, as configured ({@code TEAM_MANAGERS}) */
    public SendingWeeklyTeamSummaries(
            Complaints complaints,
            Deliveries deliveries,
            Mailer mailer,
            WhatIsDue whatIsDue,
            Map<String, String> teamManagers,
            String councilName) {
        this.complaints = complaints;
        this.deliveries = deliveries;
        this.mailer = mailer;
        this.whatIsDue = whatIsDue;
        Map<String, String> managers = new LinkedHashMap<>();
        teamManagers.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .sorted(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER))
                .forEach(e -> managers.put(e.getKey().trim(), e.getValue().trim()));
        this.teamManagers = managers;
        this.councilName = councilName;
    }

    /**
     * Counts and the names of the teams whose send failed (team names are not personal data): this is what the run
     * logs. {@code weekOf} is the Monday the summaries are for.
     */
    public record Counts(LocalDate weekOf, int teams, int sent, int alreadySent, int failed, List<String> failedTeams) {
        public Counts {
            failedTeams = List.copyOf(failedTeams);
        }

        public boolean allDone() {
            return failed == 0;
        }
    }

    /** One line of a summary: a reference and its clock, nothing about the people. */
    public record Row(String reference, ComplaintState state, DueItem due, long daysOverdue) {
        static final Comparator<Row> OVERDUE_FIRST = Comparator.comparing((Row r) -> r.daysOverdue() == 0)
                .thenComparing(r -> r.due().dueOn(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::reference);
    }

    /** The Monday of the week {@code day} falls in: a late or repeated run still sends that week's summary. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static String deliveryKey(LocalDate monday, String team) {
        return KEY_PREFIX + monday + "#" + team.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** Sends every configured team its summary for the week of {@code scheduledDay}, each at most once. */
    public Counts run(LocalDate scheduledDay) {
        LocalDate monday = weekOf(scheduledDay);
        int sent = 0;
        int alreadySent = 0;
        List<String> failed = new ArrayList<>();
        for (Map.Entry<String, String> manager : teamManagers.entrySet()) {
            String key = deliveryKey(monday, manager.getKey());
            if (!deliveries.claim(key)) {
                alreadySent++;
                continue;
            }
            try {
                mailer.send(email(manager.getKey(), manager.getValue(), monday, rows(manager.getKey(), monday))
                        .marking(SendMarker.delivery(key)));
            } catch (DeliveryFailed e) {
                failed.add(manager.getKey());
                if (e.outcomeUnknown()) {
                    // SES may have it: the claim stays until SES confirms the send or it runs out (decision 025).
                    awaitConfirmation(key);
                } else {
                    release(key);
                }
                continue;
            } catch (RuntimeException e) {
                // A read or a send failed: give the claim back so the retried run sends this team's summary.
                failed.add(manager.getKey());
                release(key);
                continue;
            }
            sent++;
            markSent(key);
        }
        return new Counts(monday, teamManagers.size(), sent, alreadySent, failed.size(), failed);
    }

    private void markSent(String key) {
        try {
            deliveries.markSent(key);
        } catch (RuntimeException e) {
            // It went; only the mark failed. The claim is a lease, so a run after it expires could send the summary
            // a second time: a repeated email is better than a missing one.
        }
    }

    private void awaitConfirmation(String key) {
        try {
            deliveries.awaitConfirmation(key);
        } catch (RuntimeException e) {
            // Only the note failed; the claim is kept either way.
        }
    }

    private void release(String key) {
        try {
            deliveries.release(key);
        } catch (RuntimeException e) {
            // The table is failing too: the claim stays and this team misses this week (decision 009), but the
            // other teams are still tried.
        }
    }

    /** The team's open complaints as of {@code monday}, overdue first (most overdue at the top), then by due date. */
    public List<Row> rows(String team, LocalDate monday) {
        List<Row> rows = new ArrayList<>();
        TeamName name = new TeamName(team);
        for (ComplaintState state : ComplaintState.values()) {
            if (!state.isOpen()) {
                continue;
            }
            for (Complaint c : complaints.inState(state, name)) {
                // The index matches by prefix in lower case; keep exactly this team's complaints. A restricted one is
                // the complaints team's alone (issue 15): its manager's summary leaves it out.
                if (c.intake().team() != null
                        && c.intake().team().value().equalsIgnoreCase(team)
                        && !c.dataProtection().isRestricted()) {
                    DueItem due = whatIsDue.next(c, monday);
                    rows.add(new Row(c.reference().toString(), c.state(), due, due.daysOverdue(monday)));
                }
            }
        }
        rows.sort(Row.OVERDUE_FIRST);
        return rows;
    }

    Email email(String team, String address, LocalDate monday, List<Row> rows) {
        long overdue = rows.stream().filter(r -> r.daysOverdue() > 0).count();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("team", team);
        data.put("weekOf", Notifications.longDate(monday));
        data.put("openCount", String.valueOf(rows.size()));
        data.put("overdueCount", String.valueOf(overdue));
        data.put("anyOpen", rows.isEmpty() ? "" : "yes");
        data.put("anyOverdue", overdue == 0 ? "" : "yes");
        data.put("councilName", councilName);
        List<Map<String, String>> lines = new ArrayList<>();
        for (Row r : rows) {
            Map<String, String> line = new LinkedHashMap<>();
            line.put("reference", r.reference());
            line.put("stage", r.state().label());
            line.put("what", r.due().what());
            line.put(
                    "dueOn",
                    r.due().dueOn() == null
                            ? "No date"
                            : Notifications.longDate(r.due().dueOn()));
            line.put(
                    "overdue",
                    r.daysOverdue() == 0
                            ? ""
                            : r.daysOverdue() == 1 ? "1 day overdue" : r.daysOverdue() + " days overdue");
            lines.add(line);
        }
        return new Email(
                        EmailTemplate.WEEKLY_TEAM_SUMMARY,
                        List.of(address),
                        List.of(),
                        data,
                        Map.of("complaints", lines))
                .addressedTo(Addressee.MANAGER);
    }
}
