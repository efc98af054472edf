package uk.childrenscomplaints.workflow.letters;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.childrenscomplaints.clock.model.TimescaleId;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.ports.LetterKind;
import uk.childrenscomplaints.complaint.model.ClockPauses;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.LetterPosting;
import uk.childrenscomplaints.complaint.model.Stage1Record;
import uk.childrenscomplaints.complaint.model.Stage2Record;
import uk.childrenscomplaints.complaint.model.Stage3Record;

/**
 * What one letter says about one complaint: the same facts as the email it stands in for (dates, reference, the pause
 * reason from the policy's list), never what staff typed about the case. A date the complaint does not have yet is an
 * empty string, and the template leaves its sentence out.
 */
final class LetterContent {
    private LetterContent() {}

    static Map<String, Object> of(LetterKind kind, Complaint c, LocalDate letterDate, TimescalePolicy policy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.name());
        m.put("heading", kind.heading());
        m.put("reference", c.reference().toString());
        m.put("letterDate", date(letterDate));
        String name = c.intake().complainant().name();
        m.put("name", name == null ? "" : name);
        m.put("salutation", name == null ? "Dear Sir or Madam," : "Dear " + name + ",");
        m.put("addressLines", Letterhead.lines(c.intake().complainant().postalAddress()));
        m.put("receivedOn", date(c.intake().receivedOn()));
        m.put("procedureName", c.intake().procedure().label());
        Stage1Record s1 = c.parts().stage1();
        m.put("respondBy", s1 == null ? "" : date(s1.effectiveDueOn()));
        m.put("firstDueOn", s1 == null ? "" : date(s1.dueOn()));
        m.put("extendedTo", s1 == null ? "" : date(s1.extendedTo()));
        m.put("reopenedOn", s1 == null ? "" : date(s1.reopenedOn()));
        m.put("stage1RespondedOn", s1 == null ? "" : date(s1.respondedOn()));
        m.put("stage2RequestBy", s1 == null ? "" : date(stage2RequestBy(c, s1, letterDate, policy)));
        Optional<ClockPauses.Pause> pause = c.clockPauses().all().stream().reduce((a, b) -> b);
        m.put("pausedOn", pause.map(p -> date(p.pausedOn())).orElse(""));
        m.put(
                "pauseReason",
                pause.map(p -> p.reason().label().toLowerCase(Locale.UK)).orElse(""));
        m.put("resumedOn", pause.map(p -> date(p.resumedOn())).orElse(""));
        Stage2Record s2 = c.parts().stage2();
        m.put("stage2RequestedOn", s2 == null ? "" : date(s2.requestedOn()));
        m.put("stage2DueOn", s2 == null ? "" : date(s2.extendedTo() != null ? s2.extendedTo() : s2.dueOn()));
        m.put("stage2RespondedOn", s2 == null ? "" : date(s2.respondedOn()));
        m.put(
                "stage3RequestBy",
                LetterPosting.stage3WindowFrom(c)
                        .map(from -> date(policy.dueDate(
                                TimescaleId.STAGE3_REQUEST_WINDOW,
                                fromLetter(c, LetterPosting.STAGE2_OUTCOME, from, letterDate))))
                        .orElse(""));
        Stage3Record s3 = c.parts().stage3();
        m.put("stage3RequestedOn", s3 == null ? "" : date(s3.requestedOn()));
        m.put("panelBy", s3 == null ? "" : date(s3.panelBy()));
        m.put("panelOn", s3 == null ? "" : date(s3.panelOn() != null ? s3.panelOn() : s3.panelBookedFor()));
        m.put("stage3DecidedOn", s3 == null ? "" : date(s3.decidedOn()));
        m.put("state", c.state().label());
        m.put("closedAs", closedAs(c));
        return m;
    }

    /** The stored window's end, or for a letter still to be posted the end counted from this letter's date. */
    private static LocalDate stage2RequestBy(
            Complaint c, Stage1Record s1, LocalDate letterDate, TimescalePolicy policy) {
        if (c.state() != ComplaintState.STAGE1_RESPONDED || s1.respondedOn() == null) {
            return s1.stage2RequestBy();
        }
        LocalDate from = LetterPosting.stage2WindowFrom(c).orElse(s1.respondedOn());
        LocalDate fromLetter = fromLetter(c, LetterPosting.STAGE1_OUTCOME, from, letterDate);
        return fromLetter.equals(from)
                ? s1.stage2RequestBy()
                : policy.dueDate(TimescaleId.STAGE2_REQUEST_WINDOW, fromLetter);
    }

    /**
     * A window that runs "from the date of the letter" (decision 040): for a complainant who cannot be emailed, whose
     * letter is not yet marked posted, from the date this letter bears when that is later; otherwise {@code from}.
     */
    private static LocalDate fromLetter(Complaint c, String letter, LocalDate from, LocalDate letterDate) {
        boolean pending = !c.intake().imported()
                && !c.mayEmailComplainant()
                && LetterPosting.awaitsPosting(c, letter)
                && letterDate != null
                && letterDate.isAfter(from);
        return pending ? letterDate : from;
    }

    /** How the complaint ended, in the closing letter's words; empty while it is open. */
    private static String closedAs(Complaint c) {
        return switch (c.state()) {
            case WITHDRAWN -> "withdrawn";
            case NOT_INVESTIGATED -> "closed without an investigation";
            case CLOSED -> "closed";
            default -> "";
        };
    }

    private static String date(LocalDate d) {
        return d == null ? "" : Notifications.longDate(d);
    }
}
