package uk.childrenscomplaints.complaint.application.casework;

import java.time.LocalDate;
import uk.childrenscomplaints.complaint.model.AgeBand;
import uk.childrenscomplaints.complaint.model.ComplaintState;
import uk.childrenscomplaints.complaint.model.TeamName;

/**
 * What a member of staff searches for; every field but {@code page} may be null (no restriction). {@code name},
 * {@code email} and {@code phone} are personal data: they travel only in a request's body and are never logged.
 *
 * @param reference this service's reference (CSC-2026-0042) or an old system's, case ignored
 * @param name the complainant's family name, or more of their name (every word must be in it)
 * @param page 1 for the first page
 */
public record ComplaintSearch(
        String reference,
        String name,
        String email,
        String phone,
        AgeBand ageBand,
        TeamName team,
        ComplaintState state,
        ComplaintState.Stage stage,
        LocalDate receivedFrom,
        LocalDate receivedTo,
        int page) {

    public ComplaintSearch {
        reference = blankToNull(reference);
        name = blankToNull(name);
        email = blankToNull(email);
        phone = blankToNull(phone);
    }

    public ComplaintSearch withTeam(TeamName wanted) {
        return new ComplaintSearch(
                reference, name, email, phone, ageBand, wanted, state, stage, receivedFrom, receivedTo, page);
    }

    public ComplaintSearch onPage(int wanted) {
        return new ComplaintSearch(
                reference, name, email, phone, ageBand, team, state, stage, receivedFrom, receivedTo, wanted);
    }

    /** Whether it names a person or a complaint, which an index finds directly. */
    boolean identifiesSomeone() {
        return reference != null || name != null || email != null || phone != null;
    }

    boolean isEmpty() {
        return !identifiesSomeone()
                && ageBand == null
                && team == null
                && state == null
                && stage == null
                && receivedFrom == null
                && receivedTo == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
