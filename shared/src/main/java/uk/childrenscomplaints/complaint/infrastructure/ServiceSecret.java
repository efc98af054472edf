package uk.childrenscomplaints.complaint.infrastructure;

import java.util.function.Supplier;

/**
 * The service's one secret: the status-link key from Secrets Manager in AWS, or a plain setting locally; with neither,
 * random bytes nobody has, and {@code configured} false.
 */
public record ServiceSecret(Supplier<byte[]> bytes, boolean configured) {}
