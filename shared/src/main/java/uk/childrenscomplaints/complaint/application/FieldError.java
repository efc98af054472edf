package uk.childrenscomplaints.complaint.application;

/** What is wrong with one field, in words the person who typed it can act on. Never echoes the value itself. */
public record FieldError(String field, String message) {}
