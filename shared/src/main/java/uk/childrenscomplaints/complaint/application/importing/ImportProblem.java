package uk.childrenscomplaints.complaint.application.importing;

/**
 * Something wrong with an import file, and how to put it right. Never quotes the file's values, which are about people.
 *
 * @param line the file's physical line where the row starts (the header is line 1)
 * @param column the column's name, or null when the problem is the row's (or the file's) as a whole
 */
public record ImportProblem(int line, String column, String message) {}
