package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.childrenscomplaints.complaint.model.EmailAddress;

/**
 * Typed settings, the same for every function: from shared's {@code complaints.properties} (loaded into every context
 * by {@link ComplaintsSettings}), which names each environment variable ({@code TABLE_NAME}, {@code EVENT_BUS_NAME},
 * {@code SENDER_EMAIL}, {@code COMPLAINTS_TEAM_EMAIL}, {@code TEAM_MANAGERS}, ...; see template.yaml) and holds the one
 * set of defaults, under the council's profile ({@code COUNCIL_PROFILE}), which gives the council's name, its teams
 * ({@code CODE=Public name}) and team managers.
 *
 * @param teamManagers team name to the manager's address, copied on overdue chasers and sent the Monday summary
 * @param statusLinkSecret    the status-link signing key as plain text: local runs and tests only
 * @param statusLinkSecretArn the Secrets Manager secret holding that key in AWS ({@code STATUS_LINK_SECRET_ARN})
 * @param publicBaseUrl       where complainants reach the public pages ({@code PUBLIC_BASE_URL}); blank: no links
 * @param teamManagerList     team managers as one setting, {@code CODE=a@council.gov.uk;OTHER=b@council.gov.uk}
 *                            ({@code TEAM_MANAGERS}), merged over {@code teamManagers}: one environment variable a
 *                            deployment can set from a template parameter
 * @param complaintsManagerEmail where the quarterly and year-end reports go ({@code COMPLAINTS_MANAGER_EMAIL}); blank:
 *                            the complaints team's mailbox
 * @param metricsNamespace    the CloudWatch namespace of the business metrics ({@code METRICS_NAMESPACE}; the template
 *                            sets {@code ChildrensComplaints/<Stage>}); blank: {@code ChildrensComplaints}
 * @param sesConfigurationSet the SES configuration set every send names ({@code SES_CONFIGURATION_SET}), whose
 *                            EventBridge destination reports bounces and complaints; blank: none
 */
@ConfigurationProperties("complaints")
public record ComplaintsConfiguration(
        String tableName,
        String busName,
        String eventSource,
        String sender,
        String teamMailbox,
        String councilName,
        @Nullable List<String> teams,
        @Nullable Map<String, String> teamManagers,
        Optional<String> bankHolidaysUrl,
        int reminderWorkingDays,
        int overdueEveryWorkingDays,
        Optional<String> statusLinkSecret,
        Optional<String> statusLinkSecretArn,
        Optional<String> publicBaseUrl,
        int statusLinkDays,
        Optional<String> teamManagerList,
        Optional<String> complaintsManagerEmail,
        Optional<String> sesConfigurationSet,
        @Nullable String metricsNamespace) {

    public static final String DEFAULT_METRICS_NAMESPACE = "ChildrensComplaints";
    static final String TEAM_MANAGERS_LIST = "TEAM_MANAGERS (complaints.team-manager-list)";
    static final String TEAM_MANAGERS_MAP = "complaints.team-managers";
    static final String TEAM_MAILBOX = "COMPLAINTS_TEAM_EMAIL (complaints.team-mailbox)";
    static final String COMPLAINTS_MANAGER = "COMPLAINTS_MANAGER_EMAIL (complaints.complaints-manager-email)";

    public ComplaintsConfiguration {
        teams = teams == null ? List.of() : teams;
        councilName = councilName == null || councilName.isBlank() ? "the council" : councilName.trim();
        Map<String, String> managers = new java.util.LinkedHashMap<>();
        (teamManagers == null ? Map.<String, String>of() : teamManagers)
                .forEach((team, address) -> managers.put(team, address(address, TEAM_MANAGERS_MAP, team)));
        teamManagerList.ifPresent(list -> java.util.Arrays.stream(list.split(";"))
                .map(String::trim)
                .filter(pair -> pair.contains("="))
                .forEach(pair -> {
                    String team = pair.substring(0, pair.indexOf('=')).trim();
                    managers.put(team, address(pair.substring(pair.indexOf('=') + 1), TEAM_MANAGERS_LIST, team));
                }));
        teamManagers = Map.copyOf(managers);
        if (teamMailbox != null) {
            teamMailbox = address(teamMailbox, TEAM_MAILBOX, null);
        }
        complaintsManagerEmail = complaintsManagerEmail == null
                ? Optional.empty()
                : complaintsManagerEmail
                        .map(String::trim)
                        .filter(a -> !a.isEmpty())
                        .map(a -> address(a, COMPLAINTS_MANAGER, null));
        metricsNamespace = metricsNamespace == null || metricsNamespace.isBlank()
                ? DEFAULT_METRICS_NAMESPACE
                : metricsNamespace.trim();
        sesConfigurationSet = sesConfigurationSet == null
                ? Optional.empty()
                : sesConfigurationSet.map(String::trim).filter(a -> !a.isEmpty());
    }

    /** Who the quarterly and year-end reports go to: the complaints manager, or the team's mailbox if none is set. */
    public String reportRecipient() {
        return complaintsManagerEmail.orElse(teamMailbox);
    }

    /**
     * An address the service sends to, by the one rule; a deployment with a bad one does not start (issue 13, finding
     * 5). The message names the setting and the team, never the value: settings reach the logs.
     */
    private static String address(String value, String setting, String team) {
        return EmailAddress.parse(value)
                .map(EmailAddress::value)
                .orElseThrow(() -> new IllegalArgumentException("The setting " + setting
                        + (team == null ? " is" : " gives the team " + team + " an address that is")
                        + " not one email address, like name@example.com"));
    }
}
