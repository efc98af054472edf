package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import uk.childrenscomplaints.clock.infrastructure.RefreshingBankHolidays;
import uk.childrenscomplaints.clock.infrastructure.TimescalePolicyFile;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.EarliestReceivedDate;
import uk.childrenscomplaints.complaint.application.casework.HandlingComplaints;
import uk.childrenscomplaints.complaint.application.casework.RecordingCaseloads;
import uk.childrenscomplaints.complaint.application.casework.RecordingCompliments;
import uk.childrenscomplaints.complaint.application.casework.RecordingUndeliverableEmail;
import uk.childrenscomplaints.complaint.application.deadlines.AcknowledgementCap;
import uk.childrenscomplaints.complaint.application.deadlines.ChasingLateResponses;
import uk.childrenscomplaints.complaint.application.deadlines.DeadlineNotices;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.deadlines.RecalculatingDeadlines;
import uk.childrenscomplaints.complaint.application.deadlines.Recipients;
import uk.childrenscomplaints.complaint.application.deadlines.RelayingOwedNotifications;
import uk.childrenscomplaints.complaint.application.deadlines.SendingOwedNotifications;
import uk.childrenscomplaints.complaint.application.deadlines.SendingWeeklyTeamSummaries;
import uk.childrenscomplaints.complaint.application.deadlines.StatusLinks;
import uk.childrenscomplaints.complaint.application.importing.ImportingPastComplaints;
import uk.childrenscomplaints.complaint.application.intake.RequestingStage2ByComplainant;
import uk.childrenscomplaints.complaint.application.ports.CalendarRecalculations;
import uk.childrenscomplaints.complaint.application.ports.Caseloads;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.Compliments;
import uk.childrenscomplaints.complaint.application.ports.CurrentCalendar;
import uk.childrenscomplaints.complaint.application.ports.Deliveries;
import uk.childrenscomplaints.complaint.application.ports.DomainEvents;
import uk.childrenscomplaints.complaint.application.ports.LettersToPost;
import uk.childrenscomplaints.complaint.application.ports.Mailer;
import uk.childrenscomplaints.complaint.application.reporting.ProducingStatistics;
import uk.childrenscomplaints.complaint.model.DeadlineChecks;
import uk.childrenscomplaints.complaint.model.Teams;
import uk.childrenscomplaints.complaint.model.WhatIsDue;

/**
 * Builds each SDK client and use case once per container, on first use. Endpoints come from the SDK's own standard
 * configuration (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_DYNAMODB, ...) or Micronaut's
 * {@code aws.services.<service>.endpoint-override}; nothing else decides where the code talks to.
 */
@Factory
public class ComplaintsFactory {

    @Singleton
    DynamoDbClient dynamoDb(@Value("${aws.services.dynamodb.endpoint-override:}") Optional<String> endpoint) {
        return configured(DynamoDbClient.builder(), endpoint).build();
    }

    @Singleton
    SesV2Client ses(@Value("${aws.services.sesv2.endpoint-override:}") Optional<String> endpoint) {
        // Sends are not retried by the SDK (SdkTimeouts.SEND_ATTEMPTS): a timed-out send may have been delivered.
        return configured(SesV2Client.builder(), endpoint)
                .overrideConfiguration(o -> SdkTimeouts.sendOverrides(o))
                .build();
    }

    @Singleton
    EventBridgeClient eventBridge(@Value("${aws.services.eventbridge.endpoint-override:}") Optional<String> endpoint) {
        return configured(EventBridgeClient.builder(), endpoint).build();
    }

    /** The endpoint, if one is set, and the timeouts every client has (decision 017). */
    private static <B extends AwsSyncClientBuilder<B, ?> & AwsClientBuilder<B, ?>> B configured(
            B builder, Optional<String> endpoint) {
        endpoint.filter(e -> !e.isBlank()).map(URI::create).ifPresent(builder::endpointOverride);
        return SdkTimeouts.applyTo(builder);
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The bundled holidays with {@code BANK_HOLIDAYS_URL} laid over them, re-read cheaply when asked (decision 022). */
    @Singleton
    RefreshingBankHolidays bankHolidays(ComplaintsConfiguration config) {
        return RefreshingBankHolidays.of(config.bankHolidaysUrl());
    }

    /** Holidays by rule after the published years, up to ten years after the day the container started. */
    @Singleton
    TimescalePolicy timescalePolicy(RefreshingBankHolidays holidays, Clock clock) {
        return TimescalePolicyFile.bundledPolicy(holidays.calendar(LocalDate.now(clock.withZone(CouncilTime.ZONE))));
    }

    /**
     * The profile's teams, {@code CODE=Public name} each; a profile without teams stops the function at start
     * ({@code @Context}: built with the context although singletons are lazy, decision 037).
     */
    @Context
    Teams teams(ComplaintsConfiguration config) {
        if (config.teams() == null || config.teams().isEmpty()) {
            throw new IllegalStateException("The council profile lists no teams: add complaints.teams to it");
        }
        return Teams.fromEntries(config.teams());
    }

    @Singleton
    Complaints complaints(DynamoDbClient dynamo, ComplaintsConfiguration config, Clock clock) {
        return new DynamoDbComplaints(dynamo, config.tableName(), clock);
    }

    @Singleton
    Mailer mailer(SesV2Client ses, ComplaintsConfiguration config, CouncilProfile council) {
        return new SesMailer(
                ses,
                config.sender(),
                EmailTemplates.fromClasspath(council.emailValues()),
                config.teamMailbox(),
                config.sesConfigurationSet().orElse(null));
    }

    @Singleton
    DomainEvents domainEvents(EventBridgeClient client, ComplaintsConfiguration config) {
        return new EventBridgeDomainEvents(client, config.busName(), config.eventSource());
    }

    @Singleton
    DeadlineNotices deadlineNotices(ComplaintsConfiguration config) {
        return new DeadlineNotices(new Recipients(config.teamMailbox(), config.teamManagers()), config.councilName());
    }

    @Singleton
    SendingOwedNotifications sendingOwedNotifications(
            Complaints complaints,
            Mailer mailer,
            DomainEvents events,
            DeadlineNotices deadlineNotices,
            ComplaintsConfiguration config,
            StatusLinks statusLinks,
            AcknowledgementCap cap,
            LettersToPost letters) {
        return new SendingOwedNotifications(
                complaints,
                mailer,
                events,
                new Notifications(
                        config.councilName(),
                        config.teamMailbox(),
                        statusLinks,
                        config.publicBaseUrl().orElse("")),
                deadlineNotices,
                cap,
                letters);
    }

    /** Paper letters the outbox owes complainants it cannot email (decision 034). */
    @Singleton
    LettersToPost lettersToPost(DynamoDbClient dynamo, ComplaintsConfiguration config, Clock clock) {
        return new DynamoDbLettersToPost(dynamo, config.tableName(), clock);
    }

    @Singleton
    RecordingUndeliverableEmail recordingUndeliverableEmail(
            Complaints complaints, SendingOwedNotifications sending, ComplaintsConfiguration config, Clock clock) {
        return new RecordingUndeliverableEmail(
                complaints, new Recipients(config.teamMailbox(), config.teamManagers()), sending, clock);
    }

    @Singleton
    ChasingLateResponses chasingLateResponses(
            Complaints complaints,
            TimescalePolicy policy,
            DeadlineNotices notices,
            Mailer mailer,
            SendingOwedNotifications owed,
            ComplaintsConfiguration config,
            Clock clock) {
        return new ChasingLateResponses(
                complaints,
                new DeadlineChecks(
                        policy,
                        new DeadlineChecks.Settings(config.reminderWorkingDays(), config.overdueEveryWorkingDays())),
                notices,
                mailer,
                owed,
                clock);
    }

    @Singleton
    CurrentCalendar currentCalendar(RefreshingBankHolidays holidays) {
        return new ReloadingCurrentCalendar(holidays, TimescalePolicyFile.bundled());
    }

    @Singleton
    CalendarRecalculations calendarRecalculations(DynamoDbClient dynamo, ComplaintsConfiguration config) {
        return new DynamoDbCalendarRecalculations(dynamo, config.tableName());
    }

    @Singleton
    RecalculatingDeadlines recalculatingDeadlines(
            Complaints complaints,
            CurrentCalendar calendar,
            CalendarRecalculations recalculations,
            SendingOwedNotifications owed,
            Clock clock) {
        return new RecalculatingDeadlines(complaints, calendar, recalculations, owed, clock);
    }

    @Singleton
    Deliveries deliveries(DynamoDbClient dynamo, ComplaintsConfiguration config, Clock clock) {
        return new DynamoDbDeliveries(dynamo, config.tableName(), clock);
    }

    @Singleton
    SendingWeeklyTeamSummaries sendingWeeklyTeamSummaries(
            Complaints complaints,
            Deliveries deliveries,
            Mailer mailer,
            TimescalePolicy policy,
            ComplaintsConfiguration config) {
        return new SendingWeeklyTeamSummaries(
                complaints,
                deliveries,
                mailer,
                new WhatIsDue(policy.calendar()),
                config.teamManagers(),
                config.councilName());
    }

    @Singleton
    Compliments compliments(DynamoDbClient dynamo, ComplaintsConfiguration config) {
        return new DynamoDbCompliments(dynamo, config.tableName());
    }

    @Singleton
    HandlingComplaints handlingComplaints(Complaints complaints, TimescalePolicy policy, Clock clock) {
        return new HandlingComplaints(complaints, policy, clock);
    }

    @Singleton
    RequestingStage2ByComplainant requestingStage2ByComplainant(Complaints complaints, HandlingComplaints handling) {
        return new RequestingStage2ByComplainant(complaints, handling);
    }

    @Singleton
    RecordingCompliments recordingCompliments(Compliments compliments, Teams teams, Clock clock) {
        return new RecordingCompliments(compliments, teams, clock);
    }

    @Singleton
    Caseloads caseloads(DynamoDbClient dynamo, ComplaintsConfiguration config) {
        return new DynamoDbCaseloads(dynamo, config.tableName());
    }

    @Singleton
    ProducingStatistics producingStatistics(
            Complaints complaints,
            Compliments compliments,
            Caseloads caseloads,
            TimescalePolicy policy,
            Teams teams,
            Clock clock) {
        return new ProducingStatistics(complaints, compliments, caseloads, policy.calendar(), teams, clock);
    }

    @Singleton
    RecordingCaseloads recordingCaseloads(Caseloads caseloads, Teams teams, Clock clock) {
        return new RecordingCaseloads(caseloads, teams, clock);
    }

    @Singleton
    ImportingPastComplaints importingPastComplaints(
            Complaints complaints, Teams teams, EarliestReceivedDate earliest, Clock clock) {
        return new ImportingPastComplaints(complaints, teams, earliest, clock);
    }

    /** Built only when a status-link secret ARN is configured and the secret is first needed. */
    @Singleton
    SecretsManagerClient secretsManager(
            @Value("${aws.services.secretsmanager.endpoint-override:}") Optional<String> endpoint) {
        return configured(SecretsManagerClient.builder(), endpoint).build();
    }

    /**
     * The key comes from Secrets Manager in AWS, or a plain property locally. With neither, links are never offered
     * and every token is refused as forged (signed with a key nobody has).
     */
    @Singleton
    ServiceSecret serviceSecret(ComplaintsConfiguration config, BeanProvider<SecretsManagerClient> secretsManager) {
        Optional<String> arn = config.statusLinkSecretArn().filter(a -> !a.isBlank());
        Optional<String> plain = config.statusLinkSecret().filter(s -> !s.isBlank());
        if (arn.isPresent()) {
            return new ServiceSecret(new SecretsManagerSecret(secretsManager::get, arn.get()), true);
        }
        if (plain.isPresent()) {
            byte[] key = plain.get().getBytes(StandardCharsets.UTF_8);
            return new ServiceSecret(key::clone, true);
        }
        byte[] unknowable = new byte[32];
        new SecureRandom().nextBytes(unknowable);
        return new ServiceSecret(unknowable::clone, false);
    }

    @Singleton
    StatusLinks statusLinks(ComplaintsConfiguration config, ServiceSecret secret, Clock clock) {
        String baseUrl = secret.configured() ? config.publicBaseUrl().orElse("") : "";
        return new StatusLinks(
                secret.bytes(), Duration.ofDays(config.statusLinkDays()), baseUrl, clock, new SecureRandom());
    }

    /** The outbox relay (decision 035): the outbox-relay function's use case, and the local runtime's. */
    @Singleton
    RelayingOwedNotifications relayingOwedNotifications(Complaints complaints, SendingOwedNotifications sending) {
        return new RelayingOwedNotifications(complaints, sending);
    }
}
