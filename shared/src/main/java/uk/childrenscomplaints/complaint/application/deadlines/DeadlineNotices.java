package uk.childrenscomplaints.complaint.application.deadlines;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.complaint.application.ports.Addressee;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.DueDateMove;
import uk.childrenscomplaints.complaint.model.DueNotice;
import uk.childrenscomplaints.complaint.model.NoticeKind;
import uk.childrenscomplaints.complaint.model.Respondent;

/**
 * Turns a notice the sweep owes into the email that carries it. Staff emails name the reference, the team and the
 * dates; they never carry what the complainant wrote.
 */
public final class DeadlineNotices {
    private static final Map<NoticeKind, String> STAGE_DEADLINES = Map.ofEntries(
            Map.entry(
                    NoticeKind.PAUSE_CHASE,
                    "the clock, stopped on this date, has been stopped longer than the policy allows: restart it or record why"),
            Map.entry(
                    NoticeKind.STATEMENT_CHASE,
                    "Stage 2, requested on this date, has no agreed complaint statement: agree it with the complainant "
                            + "and record it, so the 25 working days can start"),
            Map.entry(NoticeKind.STAGE2_DUE, "Stage 2 investigation findings (25 working days)"),
            Map.entry(NoticeKind.STAGE2_LIMIT, "Stage 2 investigation limit (65 working days)"),
            Map.entry(
                    NoticeKind.STAGE3_PANEL_DUE, "Stage 3 review panel to be held (30 working days from the request)"),
            Map.entry(
                    NoticeKind.PANEL_NOTICE,
                    "tell the complainant the panel's date, time, venue, agenda and attendees"),
            Map.entry(NoticeKind.PANEL_PAPERS, "send the papers to every panel attendee"),
            Map.entry(NoticeKind.PANEL_REPORT, "the panel's report (5 working days after the panel)"),
            Map.entry(
                    NoticeKind.COUNCIL_RESPONSE,
                    "the council's response to the panel (15 working days after its report)"));

    private final Recipients recipients;
    private final String councilName;

    public DeadlineNotices(Recipients recipients, String councilName) {
        this.recipients = recipients;
        this.councilName = councilName;
    }

    public Email emailFor(Complaint c, DueNotice notice, LocalDate today) {
        Email email = email(c, notice, today);
        return email.about(
                c.id(),
                email.template() == EmailTemplate.STAGE2_ENTITLEMENT_TEAM ? Addressee.TEAM : addresseeOf(c, email));
    }

    /** A chaser goes to the active respondent, or to the team when there is none; the team's notices to the team. */
    private Addressee addresseeOf(Complaint c, Email email) {
        if (email.to().contains(recipients.teamMailbox())) {
            return Addressee.TEAM;
        }
        Respondent first = c.parts().respondent();
        return first != null && !first.absent() ? Addressee.RESPONDENT : Addressee.SECOND_RESPONDENT;
    }

    private Email email(Complaint c, DueNotice notice, LocalDate today) {
        Map<String, String> data = common(c, notice);
        List<String> team = List.of(recipients.teamMailbox());
        return switch (notice.kind()) {
            case STAGE1_REMINDER -> toRespondent(EmailTemplate.STAGE1_REMINDER, c, data, false);
            case EXTENSION_WARNING -> toRespondent(EmailTemplate.EXTENSION_WARNING, c, data, false);
            case STAGE1_DUE -> toRespondent(EmailTemplate.STAGE1_DUE, c, data, false);
            case STAGE1_OVERDUE -> {
                data.put(
                        "daysOverdue",
                        String.valueOf(today.toEpochDay() - notice.deadline().toEpochDay()));
                yield toRespondent(EmailTemplate.STAGE1_OVERDUE, c, data, true);
            }
            case NO_RESPONDENT -> {
                // The notice is keyed on the day received; the email is about the Stage 1 due date.
                data.put("dueOn", Notifications.longDate(c.parts().stage1().effectiveDueOn()));
                yield new Email(EmailTemplate.NO_RESPONDENT, team, List.of(), data);
            }
            case STAGE2_WINDOW_CLOSED -> new Email(EmailTemplate.STAGE2_WINDOW_CLOSED, team, List.of(), data);
            case STAGE2_ENTITLEMENT -> entitlementTeamNotice(c);
            default -> {
                data.put(
                        "what",
                        STAGE_DEADLINES.getOrDefault(
                                notice.kind(), notice.kind().name()));
                // A stop chased for lasting too long is past its limit by definition; its date is the day it began.
                data.put(
                        "passed",
                        notice.key().endsWith("#1")
                                        || notice.kind() == NoticeKind.PAUSE_CHASE
                                        || notice.kind() == NoticeKind.STATEMENT_CHASE
                                ? "yes"
                                : "");
                yield new Email(EmailTemplate.STAGE_DEADLINE, team, List.of(), data);
            }
        };
    }

    /**
     * Tells whoever answers for a moved due date: the Stage 1 respondent (or the team when there is none) for the Stage
     * 1 response, the team for the later stages. Empty for a key it cannot read.
     */
    public Optional<Email> dueDateMoved(Complaint c, String key) {
        String[] parts = key.substring(Notifications.DUE_DATE_MOVED.length()).split(":");
        if (parts.length != 3) {
            return Optional.empty();
        }
        TimescaleId which;
        LocalDate from;
        LocalDate to;
        try {
            which = TimescaleId.valueOf(parts[0]);
            from = LocalDate.parse(parts[1]);
            to = LocalDate.parse(parts[2]);
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
        DueDateMove move = new DueDateMove(which, from, to, "");
        String detail = c.timeline().stream()
                .filter(t -> "due date moved".equals(t.action()))
                .map(t -> t.detail())
                .filter(d -> d.startsWith(move.describe()))
                .reduce((a, b) -> b)
                .orElse(move.describe() + "the bank holidays changed");
        Map<String, String> data = common(c, null);
        data.put("what", move.label());
        data.put("movedFrom", Notifications.longDate(from));
        data.put("dueOn", Notifications.longDate(to));
        data.put("because", detail.substring(move.describe().length()));
        if (which == TimescaleId.STAGE1_RESPONSE) {
            Email email = toRespondent(EmailTemplate.DUE_DATE_MOVED, c, data, false);
            return Optional.of(email.about(c.id(), addresseeOf(c, email)));
        }
        data.put("recipientName", "Complaints team");
        data.put("respondentAbsent", "");
        return Optional.of(new Email(EmailTemplate.DUE_DATE_MOVED, List.of(recipients.teamMailbox()), List.of(), data)
                .about(c.id(), Addressee.TEAM));
    }

    /** The letter-style email telling the complainant of their right to Stage 2, when they gave an email address. */
    public Optional<Email> entitlementLetter(Complaint c) {
        return c.intake().complainant().emailAddress().map(address -> {
            Map<String, String> data = common(c, null);
            data.put(
                    "complainantName",
                    c.intake().complainant().name() == null
                            ? ""
                            : c.intake().complainant().name());
            return new Email(EmailTemplate.STAGE2_ENTITLEMENT_LETTER, List.of(address), List.of(), data)
                    .about(c.id(), Addressee.COMPLAINANT);
        });
    }

    public Email entitlementTeamNotice(Complaint c) {
        return new Email(
                        EmailTemplate.STAGE2_ENTITLEMENT_TEAM,
                        List.of(recipients.teamMailbox()),
                        recipients.teamManager(c).map(List::of).orElse(List.of()),
                        common(c, null))
                .about(c.id(), Addressee.TEAM);
    }

    private Email toRespondent(EmailTemplate template, Complaint c, Map<String, String> data, boolean copyManagers) {
        List<String> to = recipients.respondentOrTeam(c);
        data.put(
                "recipientName",
                recipients.activeRespondent(c).map(Respondent::name).orElse("Complaints team"));
        data.put(
                "respondentAbsent",
                c.parts().respondent() != null && c.parts().respondent().absent() ? "yes" : "");
        return new Email(template, to, copyManagers ? recipients.overdueCopies(c, to) : List.of(), data);
    }

    private Map<String, String> common(Complaint c, DueNotice notice) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("reference", c.reference().toString());
        data.put(
                "team",
                c.intake().team() == null
                        ? "Not yet decided"
                        : c.intake().team().value());
        data.put("receivedOn", Notifications.longDate(c.intake().receivedOn()));
        LocalDate due = c.parts().stage1() == null ? null : c.parts().stage1().effectiveDueOn();
        data.put("dueOn", Notifications.longDate(notice == null ? due : notice.deadline()));
        data.put("councilName", councilName);
        return data;
    }
}
