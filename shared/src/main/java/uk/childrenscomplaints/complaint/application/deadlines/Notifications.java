package uk.childrenscomplaints.complaint.application.deadlines;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.childrenscomplaints.complaint.application.ports.Addressee;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;
import uk.childrenscomplaints.complaint.application.ports.LetterKind;
import uk.childrenscomplaints.complaint.application.ports.MailEvent;
import uk.childrenscomplaints.complaint.model.Coded;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.Intake;
import uk.childrenscomplaints.complaint.model.LetterPosting;
import uk.childrenscomplaints.complaint.model.Reopening;

/**
 * The notifications a new complaint owes, under deterministic keys, and what each one says. A key is claimed on the
 * complaint before its send, so it goes out once however often the sending is retried.
 */
public final class Notifications {
    public static final String ACKNOWLEDGEMENT = "acknowledgement";
    public static final String TEAM_NOTICE = "team-notice";
    public static final String RECEIVED_EVENT = "event:ComplaintReceived";
    public static final List<String> ON_RECEIPT = List.of(ACKNOWLEDGEMENT, TEAM_NOTICE, RECEIVED_EVENT);
    public static final String ENTITLEMENT_TEAM = "stage2-entitlement-team";
    public static final String ENTITLEMENT_LETTER = "stage2-entitlement-letter";
    public static final String ENTITLEMENT_EVENT = "event:Stage2EntitlementFlagged";
    public static final List<String> ON_STAGE2_ENTITLEMENT =
            List.of(ENTITLEMENT_TEAM, ENTITLEMENT_LETTER, ENTITLEMENT_EVENT);

    /**
     * Events owed by a change to a complaint. Each key ends with the version the change created, so an outcome recorded
     * twice, or a second referral after a premature one, is a second event rather than one already claimed.
     */
    public static final String OUTCOME_EVENT = "event:OutcomeRecorded@";

    public static final String ESCALATED_EVENT = "event:StageEscalated:";
    public static final String OMBUDSMAN_EVENT = "event:OmbudsmanReferred@";

    public static String outcomeEvent(long version) {
        return OUTCOME_EVENT + version;
    }

    /** For example {@code event:StageEscalated:STAGE_1:STAGE_2@4}. */
    public static String escalatedEvent(ComplaintState.Stage from, ComplaintState.Stage to, long version) {
        return ESCALATED_EVENT + from.name() + ":" + to.name() + "@" + version;
    }

    public static String ombudsmanEvent(long version) {
        return OMBUDSMAN_EVENT + version;
    }

    /** A reopening owes a letter and the team's notice, keyed by its version: a second reopening writes again. */
    public static final String REOPENED_LETTER = "reopened-letter@";

    public static final String REOPENED_TEAM = "reopened-team@";

    public static List<String> onReopening(long version) {
        return List.of(REOPENED_LETTER + version, REOPENED_TEAM + version);
    }

    /**
     * The email telling whoever answers for a deadline that a changed bank-holiday calendar moved it (decision 022):
     * one per move, {@code due-date-moved:STAGE1_RESPONSE:2026-12-01:2026-12-02}, so a move is told once.
     */
    public static final String DUE_DATE_MOVED = "due-date-moved:";

    public static String dueDateMoved(uk.childrenscomplaints.complaint.model.DueDateMove move) {
        return DUE_DATE_MOVED + move.which().name() + ":" + move.from() + ":" + move.to();
    }

    /** Letters to the complainant that the clock stopped or restarted, keyed on the change's version. */
    public static final String CLOCK_PAUSED = "clock-paused@";

    public static final String CLOCK_RESUMED = "clock-resumed@";

    public static String clockPaused(long version) {
        return CLOCK_PAUSED + version;
    }

    public static String clockResumed(long version) {
        return CLOCK_RESUMED + version;
    }

    /**
     * Letters owed only to a complainant who cannot be emailed (decision 040): an emailed complainant has the
     * manager's own response, so these never become an email. Keyed on the change's version, like the events.
     */
    public static final String EXTENSION_LETTER = "extension-letter@";

    public static final String STAGE1_OUTCOME_LETTER = LetterPosting.STAGE1_OUTCOME;
    public static final String STAGE2_LETTER = "stage2-letter@";
    public static final String STAGE2_OUTCOME_LETTER = LetterPosting.STAGE2_OUTCOME;
    public static final String STAGE3_LETTER = "stage3-letter@";
    public static final String STAGE3_OUTCOME_LETTER = "stage3-outcome-letter@";
    public static final String CLOSING_LETTER = LetterPosting.CLOSING;

    private static final Map<String, LetterKind> LETTER_ONLY = Map.of(
            EXTENSION_LETTER, LetterKind.EXTENSION,
            STAGE1_OUTCOME_LETTER, LetterKind.STAGE1_OUTCOME,
            STAGE2_LETTER, LetterKind.STAGE2,
            STAGE2_OUTCOME_LETTER, LetterKind.STAGE2,
            STAGE3_LETTER, LetterKind.STAGE3,
            STAGE3_OUTCOME_LETTER, LetterKind.STAGE3,
            CLOSING_LETTER, LetterKind.CLOSING);

    /** For example {@code stage1-outcome-letter@4}. */
    public static String letterOnly(String prefix, long version) {
        if (!LETTER_ONLY.containsKey(prefix)) {
            throw new IllegalArgumentException("not a letter's key: " + prefix);
        }
        return prefix + version;
    }

    /** Whether an outbox key is a letter that never goes by email (decision 040). */
    public static boolean isLetterOnly(String key) {
        return key != null && LETTER_ONLY.keySet().stream().anyMatch(key::startsWith);
    }

    /**
     * An email to the complainant that bounced after it was sent, owed again as a letter to post (decision 040): one per
     * email (its template's name and the mail service's message id), so the same bounce delivered twice owes nothing
     * more. For example {@code remade-letter:acknowledgement:0100018f...-000000}.
     */
    public static final String REMADE_LETTER = "remade-letter:";

    /** The letter standing in for a bounced email to the complainant; empty when that email has no letter. */
    public static Optional<String> remadeLetter(String notice, String messageId) {
        return remadeKind(notice).map(k -> REMADE_LETTER + notice + ":" + messageId);
    }

    private static Optional<LetterKind> remadeKind(String notice) {
        return EmailTemplate.byFileName(notice).flatMap(t -> switch (t) {
            case ACKNOWLEDGEMENT -> Optional.of(LetterKind.ACKNOWLEDGEMENT);
            case STAGE2_ENTITLEMENT_LETTER -> Optional.of(LetterKind.STAGE2_ENTITLEMENT);
            case CLOCK_PAUSED -> Optional.of(LetterKind.CLOCK_PAUSED);
            case CLOCK_RESUMED -> Optional.of(LetterKind.CLOCK_RESUMED);
            case REOPENED_LETTER -> Optional.of(LetterKind.REOPENED);
            default -> Optional.empty();
        });
    }

    /** Whether an outbox key is an email to the complainant (not sent once their address is known not to work). */
    public static boolean isToComplainant(String key) {
        return ACKNOWLEDGEMENT.equals(key)
                || ENTITLEMENT_LETTER.equals(key)
                || key.startsWith(CLOCK_PAUSED)
                || key.startsWith(CLOCK_RESUMED)
                || key.startsWith(REOPENED_LETTER)
                || key.startsWith(REMADE_LETTER)
                || isLetterOnly(key);
    }

    /**
     * The paper letter that stands in for an outbox email to the complainant (decision 034); empty for every other
     * outbox key.
     */
    public static Optional<LetterKind> letterFor(String key) {
        if (key == null || !isToComplainant(key)) {
            return Optional.empty();
        }
        if (ACKNOWLEDGEMENT.equals(key)) {
            return Optional.of(LetterKind.ACKNOWLEDGEMENT);
        }
        if (ENTITLEMENT_LETTER.equals(key)) {
            return Optional.of(LetterKind.STAGE2_ENTITLEMENT);
        }
        if (key.startsWith(CLOCK_PAUSED)) {
            return Optional.of(LetterKind.CLOCK_PAUSED);
        }
        if (key.startsWith(CLOCK_RESUMED)) {
            return Optional.of(LetterKind.CLOCK_RESUMED);
        }
        if (key.startsWith(REMADE_LETTER)) {
            return remadeKind(key.substring(REMADE_LETTER.length()).split(":", 2)[0]);
        }
        Optional<LetterKind> letterOnly = LETTER_ONLY.entrySet().stream()
                .filter(e -> key.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
        if (letterOnly.isPresent()) {
            return letterOnly;
        }
        return key.startsWith(REOPENED_LETTER) ? Optional.of(LetterKind.REOPENED) : Optional.empty();
    }

    /**
     * The team's notice that an email did not get through: one per email (the mail service's message id) and role, so
     * the same event delivered twice finds its key already owed or sent and adds nothing. For example
     * {@code email-undeliverable:bounced:complainant:acknowledgement:0100018f...-000000}.
     */
    public static final String UNDELIVERABLE = "email-undeliverable:";

    public static String undeliverable(MailEvent.Kind kind, Addressee to, String notice, String messageId) {
        return UNDELIVERABLE + kind.code() + ":" + to.code() + ":" + notice + ":" + messageId;
    }

    /** The parts of an {@link #undeliverable} key; empty for anything else. */
    record UndeliverableKey(MailEvent.Kind kind, Addressee to, String notice) {
        static Optional<UndeliverableKey> parse(String key) {
            if (key == null || !key.startsWith(UNDELIVERABLE)) {
                return Optional.empty();
            }
            String[] parts = key.substring(UNDELIVERABLE.length()).split(":", 4);
            if (parts.length != 4) {
                return Optional.empty();
            }
            Optional<MailEvent.Kind> kind = MailEvent.Kind.parse(parts[0]);
            Optional<Addressee> to = Addressee.parse(parts[1]);
            return kind.isPresent() && to.isPresent()
                    ? Optional.of(new UndeliverableKey(kind.get(), to.get(), parts[2]))
                    : Optional.empty();
        }
    }

    /** A notice tag as a name staff know ("acknowledgement"), or "email" for one this service does not recognise. */
    public static String noticeName(String notice) {
        if ("quarterly-report".equals(notice) || "year-end-report".equals(notice)) {
            return notice.replace('-', ' ');
        }
        return EmailTemplate.byFileName(notice).map(EmailTemplate::noticeName).orElse("email");
    }

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final String councilName;
    private final String teamMailbox;
    private final StatusLinks statusLinks;
    private final String staffBaseUrl;

    public Notifications(String councilName, String teamMailbox) {
        this(councilName, teamMailbox, null);
    }

    /** @param statusLinks signs the acknowledgement's "check your complaint" link; null leaves the link out */
    public Notifications(String councilName, String teamMailbox, StatusLinks statusLinks) {
        this(councilName, teamMailbox, statusLinks, "");
    }

    /**
     * @param staffBaseUrl where the staff pages are served (the same API as the public pages); blank leaves staff
     *     links out of the team's emails
     */
    public Notifications(String councilName, String teamMailbox, StatusLinks statusLinks, String staffBaseUrl) {
        this.councilName = councilName;
        this.teamMailbox = teamMailbox;
        this.statusLinks = statusLinks;
        this.staffBaseUrl = staffBaseUrl == null ? "" : staffBaseUrl.strip().replaceAll("/+$", "");
    }

    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** The acknowledgement, when the complainant gave an email address; without one, the outbox owes a letter (034). */
    public Optional<Email> acknowledgement(Complaint c) {
        return c.intake()
                .complainant()
                .emailAddress()
                .map(address -> new Email(
                                EmailTemplate.ACKNOWLEDGEMENT,
                                List.of(address),
                                List.of(),
                                Map.of(
                                        "complainantName",
                                                c.intake().complainant().name() == null
                                                        ? ""
                                                        : c.intake()
                                                                .complainant()
                                                                .name(),
                                        "reference", c.reference().toString(),
                                        "receivedOn", longDate(c.intake().receivedOn()),
                                        "respondBy",
                                                c.parts().stage1() == null
                                                        ? ""
                                                        : longDate(c.parts()
                                                                .stage1()
                                                                .dueOn()),
                                        "procedureName", c.intake().procedure().label(),
                                        "statusLink", statusLink(c),
                                        "councilName", councilName))
                        .about(c.id(), Addressee.COMPLAINANT));
    }

    /** A fresh link each time the acknowledgement is made: a retried send gets its own nonce, which is harmless. */
    private String statusLink(Complaint c) {
        return statusLinks == null ? "" : statusLinks.linkFor(c.id()).orElse("");
    }

    /**
     * Tells the complainant, when they gave an email address, that the clock stopped (with the reason from the
     * policy's list, never the staff note) or restarted. Read from the timeline, so a retried send says the same.
     */
    public Optional<Email> clockNotice(Complaint c, boolean stopped) {
        Optional<uk.childrenscomplaints.complaint.model.ClockPauses.Pause> last =
                c.clockPauses().all().stream().reduce((a, b) -> b);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        var pause = last.get();
        return c.intake().complainant().emailAddress().map(address -> {
            Map<String, String> data = new LinkedHashMap<>();
            data.put(
                    "complainantName",
                    c.intake().complainant().name() == null
                            ? ""
                            : c.intake().complainant().name());
            data.put("reference", c.reference().toString());
            data.put("pausedOn", longDate(pause.pausedOn()));
            data.put("reason", pause.reason().label().toLowerCase(Locale.UK));
            data.put("resumedOn", longDate(pause.resumedOn()));
            data.put("councilName", councilName);
            return new Email(
                            stopped ? EmailTemplate.CLOCK_PAUSED : EmailTemplate.CLOCK_RESUMED,
                            List.of(address),
                            List.of(),
                            data)
                    .about(c.id(), Addressee.COMPLAINANT);
        });
    }

    public Email teamNotice(Complaint c) {
        Intake in = c.intake();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("reference", c.reference().toString());
        data.put("receivedOn", longDate(in.receivedOn()));
        data.put("route", in.route().label());
        data.put("procedureName", in.procedure().label());
        data.put(
                "team",
                in.team() == null ? "Not known: please decide" : in.team().value());
        data.put("categories", in.issues().stream().map(Coded::label).collect(Collectors.joining(", ")));
        data.put(
                "respondBy",
                c.parts().stage1() == null ? "" : longDate(c.parts().stage1().dueOn()));
        data.put("lateMatter", in.lateMatter() ? "yes" : "no");
        data.put("viaAdvocate", in.viaAdvocate() ? "yes" : "no");
        data.put("relationship", in.complainant().relationship().label());
        data.put(
                "complainantName",
                in.complainant().name() == null ? "" : in.complainant().name());
        data.put("summary", in.description() == null ? "" : in.description());
        return new Email(EmailTemplate.TEAM_NEW_COMPLAINT, List.of(teamMailbox), List.of(), data)
                .about(c.id(), Addressee.TEAM);
    }

    /** The letter telling the complainant their complaint is reopened, when they gave an email address. */
    public Optional<Email> reopenedLetter(Complaint c) {
        return c.intake().complainant().emailAddress().map(address -> {
            Map<String, String> data = reopeningData(c);
            data.put(
                    "complainantName",
                    c.intake().complainant().name() == null
                            ? ""
                            : c.intake().complainant().name());
            data.put("statusLink", statusLink(c));
            return new Email(EmailTemplate.REOPENED_LETTER, List.of(address), List.of(), data)
                    .about(c.id(), Addressee.COMPLAINANT);
        });
    }

    /** The team's notice of a reopening: the new due date, and the respondent to check or name. */
    public Email reopenedTeamNotice(Complaint c) {
        Map<String, String> data = reopeningData(c);
        data.put(
                "was",
                Reopening.lastEnding(c)
                        .map(e -> e.action().equals("withdrawn") ? "Withdrawn" : "Closed: not investigated")
                        .orElse(""));
        data.put(
                "team",
                c.intake().team() == null
                        ? "Not known: please decide"
                        : c.intake().team().value());
        data.put(
                "respondent",
                c.parts().respondent() == null ? "" : c.parts().respondent().name());
        data.put("link", staffBaseUrl.isEmpty() ? "" : staffBaseUrl + "/staff/pages/complaints/" + c.id().value());
        return new Email(EmailTemplate.TEAM_REOPENED, List.of(teamMailbox), List.of(), data)
                .about(c.id(), Addressee.TEAM);
    }

    private Map<String, String> reopeningData(Complaint c) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("reference", c.reference().toString());
        data.put(
                "reopenedOn",
                c.parts().stage1() == null ? "" : longDate(c.parts().stage1().reopenedOn()));
        data.put(
                "respondBy",
                c.parts().stage1() == null ? "" : longDate(c.parts().stage1().dueOn()));
        data.put("councilName", councilName);
        return data;
    }

    /**
     * Tells the complaints team that an email about a complaint did not get through, and what to do instead. Names the
     * role and the notice, never the address (the team can read it on the complaint). Nothing when it was the team's
     * own mailbox that failed: telling it by email would bounce again, and again.
     */
    public Optional<Email> undeliverableNotice(Complaint c, String key) {
        return UndeliverableKey.parse(key).filter(k -> k.to() != Addressee.TEAM).map(k -> {
            Map<String, String> data = new LinkedHashMap<>();
            data.put("reference", c.reference().toString());
            data.put("notice", noticeName(k.notice()));
            data.put("recipient", k.to().label());
            data.put(
                    "what",
                    switch (k.kind()) {
                        case REFUSED -> "was refused by the email service";
                        case MARKED_AS_SPAM -> "was reported as spam";
                        default -> "bounced";
                    });
            data.put(
                    "advice",
                    switch (k.to()) {
                        case COMPLAINANT -> "write or phone instead";
                        case RESPONDENT, SECOND_RESPONDENT -> "check their email address and contact them another way";
                        case TEAM, MANAGER -> "check the address in the service's settings";
                        case OTHER -> "check the email addresses on the complaint";
                    });
            data.put("stopped", k.to() == Addressee.COMPLAINANT ? "yes" : "");
            data.put("link", staffBaseUrl.isEmpty() ? "" : staffBaseUrl + "/staff/pages/complaints/" + c.id().value());
            data.put("councilName", councilName);
            return new Email(EmailTemplate.EMAIL_UNDELIVERABLE, List.of(teamMailbox), List.of(), data)
                    .about(c.id(), Addressee.TEAM);
        });
    }
}
