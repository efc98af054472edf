package uk.childrenscomplaints.local.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childrenscomplaints.local.standins.AwsCallRecorder.AwsCall;

/**
 * The reader the priming ITs check their recorded calls with (decision 039) refuses what the roles in template.yaml
 * refuse: another index, a write outside the leading keys a condition names, an action no statement has.
 */
class TemplatePermissionsTest {
    private final TemplatePermissions permissions = TemplatePermissions.of(SamTemplate.locate());

    @Test
    void theWeeklySummaryMayQueryTheStatusIndexAndReadThePrimingKeyButNotTheDeadlineIndexOrAComplaint() {
        assertThat(permissions.refused(
                        "WeeklyTeamSummaryFunction",
                        List.of(
                                new AwsCall("dynamodb:Query", "status-index", null),
                                new AwsCall("dynamodb:GetItem", null, "PRIMING"),
                                new AwsCall("ses:GetEmailTemplate", null, null))))
                .isEmpty();
        assertThat(permissions.refused(
                        "WeeklyTeamSummaryFunction",
                        List.of(
                                new AwsCall("dynamodb:Query", "deadline-index", null),
                                new AwsCall("dynamodb:GetItem", null, "COMPLAINT#00000000-0000-4000-8000-000000000000"),
                                new AwsCall(
                                        "dynamodb:PutItem", null, "COMPLAINT#00000000-0000-4000-8000-000000000000"))))
                .hasSize(3);
    }

    @Test
    void aDeleteIsAllowedOnlyUnderTheLeadingKeysItsConditionNames() {
        assertThat(permissions.refused(
                        "SubmitComplaintFunction", List.of(new AwsCall("dynamodb:DeleteItem", null, "LIMIT#abc"))))
                .isEmpty();
        assertThat(permissions.refused(
                        "SubmitComplaintFunction", List.of(new AwsCall("dynamodb:DeleteItem", null, "COMPLAINT#x"))))
                .containsExactly("SubmitComplaintFunction may not dynamodb:DeleteItem key COMPLAINT#x");
    }

    @Test
    void samPolicyTemplatesExpandToTheirActionsAndAnUnknownOneIsNamed() {
        assertThat(TemplatePermissions.SAM_POLICY_TEMPLATES.get("DynamoDBReadPolicy"))
                .contains("dynamodb:GetItem", "dynamodb:Query")
                .doesNotContain("dynamodb:PutItem");
        assertThatThrownBy(() -> permissions.refused("NoSuchFunction", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
