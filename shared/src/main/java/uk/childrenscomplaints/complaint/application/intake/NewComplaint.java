package uk.childrenscomplaints.complaint.application.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as submitted, before it is checked: from the public form, the JSON API or a member of staff logging one
 * that arrived another way. Codes are the vocabulary's codes (see the model enums); anything may be missing or wrong
 * here, and {@link NewComplaintValidation} says what.
 *
 * @param route null for the public form (online); staff give the route
 * @param receivedOn null for the public form (today); staff give the date received
 * @param procedure null means the statutory children's procedure
 */
public record NewComplaint(
        String complainantName,
        String email,
        String phone,
        String address,
        String relationship,
        Boolean viaAdvocate,
        String childName,
        Integer childAge,
        String childGender,
        Boolean moreThanOneChild,
        String team,
        List<String> issues,
        String whatHappened,
        String desiredOutcome,
        LocalDate matterOccurredOn,
        String procedure,
        Boolean consent,
        String route,
        LocalDate receivedOn) {

    public NewComplaint {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }
}
