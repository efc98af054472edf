package uk.childrenscomplaints.complaint.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.childrenscomplaints.complaint.model.Coded;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.Intake;

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
    public static final List<String> ON_STAGE2_ENTITLEMENT = List.of(ENTITLEMENT_TEAM, ENTITLEMENT_LETTER,
            ENTITLEMENT_EVENT);

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

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final String councilName;
    private final String teamMailbox;

    public Notifications(String councilName, String teamMailbox) {
        this.councilName = councilName;
        this.teamMailbox = teamMailbox;
    }

    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** The acknowledgement, when the complainant gave an email address; a postal or phone reply is the team's job. */
    public Optional<Email> acknowledgement(Complaint c) {
        return c.intake().complainant().emailAddress().map(address -> new Email(EmailTemplate.ACKNOWLEDGEMENT,
                List.of(address), List.of(), Map.of(
                        "complainantName", c.intake().complainant().name() == null ? "" : c.intake().complainant().name(),
                        "reference", c.reference().toString(),
                        "receivedOn", longDate(c.intake().receivedOn()),
                        "respondBy", c.parts().stage1() == null ? "" : longDate(c.parts().stage1().dueOn()),
                        "procedureName", c.intake().procedure().label(),
                        "statusLink", "",
                        "councilName", councilName)));
    }

    public Email teamNotice(Complaint c) {
        Intake in = c.intake();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("reference", c.reference().toString());
        data.put("receivedOn", longDate(in.receivedOn()));
        data.put("route", in.route().label());
        data.put("procedureName", in.procedure().label());
        data.put("team", in.team() == null ? "Not known: please decide" : in.team().value());
        data.put("categories", in.issues().stream().map(Coded::label).collect(Collectors.joining(", ")));
        data.put("respondBy", c.parts().stage1() == null ? "" : longDate(c.parts().stage1().dueOn()));
        data.put("lateMatter", in.lateMatter() ? "yes" : "no");
        data.put("viaAdvocate", in.viaAdvocate() ? "yes" : "no");
        data.put("relationship", in.complainant().relationship().label());
        data.put("complainantName", in.complainant().name() == null ? "" : in.complainant().name());
        data.put("summary", in.description() == null ? "" : in.description());
        return new Email(EmailTemplate.TEAM_NEW_COMPLAINT, List.of(teamMailbox), List.of(), data);
    }
}
